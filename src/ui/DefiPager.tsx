import type { Language } from '../manifest/fields.ts'
import type { Stand } from '../store/selectors.ts'
import { labelled, t } from './i18n.ts'
import { defiHref } from './links.ts'

/** Links to the previous and next stands of the exhibition, across rooms. */
export function DefiPager({
  lang,
  exhibition,
  previous,
  next,
}: {
  lang: Language
  exhibition: string
  previous: Stand | null
  next: Stand | null
}) {
  if (!previous && !next) return null
  return (
    <nav className="fr-pagination fr-mt-4w" aria-label={t(lang, 'defi.pager')}>
      <ul className="fr-pagination__list">
        {previous && (
          <li>
            <a
              className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              href={defiHref(exhibition, previous.room.id, previous.defi.id)}
              rel="prev"
            >
              {labelled(lang, 'defi.previous', previous.defi.title)}
            </a>
          </li>
        )}
        {next && (
          <li>
            <a
              className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              href={defiHref(exhibition, next.room.id, next.defi.id)}
              rel="next"
            >
              {labelled(lang, 'defi.next', next.defi.title)}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
