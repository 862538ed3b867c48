import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { selectDefiSequence } from '../store/selectors.ts'
import { count, t } from './i18n.ts'
import { bookletHref, defiHref } from './links.ts'

/** The guided tour's entry in the lobby: every stand in visiting order from the first one, and the booklet. */
export function TourStart({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const stands = selectDefiSequence(manifest)
  const first = stands[0]
  const exhibition = manifest.exhibition.id
  return (
    <section aria-labelledby="tour-title" className="fr-mb-4w" data-testid="tour-start">
      <h2 id="tour-title">{t(lang, 'tour.title')}</h2>
      {first && (
        <>
          <p className="fr-mb-2w">
            {count(lang, 'defis', stands.length)} {t(lang, 'tour.intro')}
          </p>
          <p>
            <a
              className="fr-btn fr-btn--icon-left fr-icon-road-map-line"
              href={defiHref(exhibition, first.room.id, first.defi.id)}
            >
              {t(lang, 'tour.start')}
            </a>
          </p>
        </>
      )}
      <p>
        <a href={bookletHref(exhibition)}>{t(lang, 'booklet.link')}</a>
      </p>
    </section>
  )
}
