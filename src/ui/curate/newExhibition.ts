import { CURRENT_SCHEMA_VERSION } from '../../manifest/schema.ts'
import type { DraftDocument } from '../../curation/index.ts'

/** What the create form asks for. */
export type NewExhibition = {
  id: string
  titleFr: string
  titleEn: string
  promotion: string
  start: string
  end: string
  timezone: string
  languages: ('fr' | 'en')[]
}

/**
 * The smallest valid manifest for a new exhibition: a lobby, the open licence public bodies publish under, the
 * title as the first credit; everything else is edited afterwards, command by command.
 */
export function newExhibitionDraft(form: NewExhibition): DraftDocument {
  const title = form.titleEn.trim() ? { fr: form.titleFr.trim(), en: form.titleEn.trim() } : form.titleFr.trim()
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exhibition: {
      id: form.id,
      title,
      promotion: { name: form.promotion.trim() },
      dates: { start: form.start, end: form.end, timezone: form.timezone },
      organiser: { name: form.promotion.trim() },
      credits: [{ text: title }],
      licence: { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
      languages: form.languages,
      programme: [],
    },
    rooms: [{ id: 'accueil', title: { fr: 'Accueil', en: 'Lobby' }, kind: 'lobby' }],
    defis: [],
    recordings: [],
  }
}
