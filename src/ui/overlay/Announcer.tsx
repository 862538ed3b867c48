import { useGallery } from '../galleryContext.ts'
import type { Layout } from '../../layout/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { roomAnnouncement, say } from './strings.ts'

/** What a screen reader hears on reaching a place: the stand in front, else the room. */
export function announcement(
  lang: Language,
  manifest: Manifest,
  layout: Layout,
  roomId: string | null,
  defiId: string | null,
): string {
  const defi = defiId ? manifest.defis.find((d) => d.id === defiId) : undefined
  if (defi) return `${say(lang, 'stand')} ${defi.title} — ${defi.administration.name}`
  const room = layout.rooms.find((r) => r.id === roomId)
  return room ? roomAnnouncement(lang, localize(room.title, lang)) : ''
}

/** A polite live region: entering a room or reaching a stand is read out, without interrupting. */
export function Announcer({ lang, manifest, layout }: { lang: Language; manifest: Manifest; layout: Layout }) {
  const roomId = useGallery((s) => s.roomId)
  const defiId = useGallery((s) => s.focusedDefiId)
  return (
    <p className="fr-sr-only" aria-live="polite" data-testid="announcer">
      {announcement(lang, manifest, layout, roomId, defiId)}
    </p>
  )
}
