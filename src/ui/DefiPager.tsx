import type { Language } from '../manifest/fields.ts'
import type { Stand } from '../store/selectors.ts'
import { labelled, t } from './i18n.ts'
import { defiHref } from './links.ts'

/** The guided tour in 2D: where this stand is, and links to the previous and next stands, across rooms. */
export function DefiPager({
  lang,
  exhibition,
  previous,
  next,
  step,
}: {
  lang: Language
  exhibition: string
  previous: Stand | null
  next: Stand | null
  /** Where this stand is in the guided tour, from 1. */
  step: { index: number; total: number }
}) {
  if (!previous && !next) return null
  return (
    <nav className="fr-pagination vernissage-pager fr-mt-4w" aria-label={t(lang, 'defi.pager')}>
      <p className="fr-text--sm fr-mb-1w" data-testid="tour-step">
        {labelled(lang, 'tour.title', `${t(lang, 'tour.step')} ${step.index} ${t(lang, 'tour.of')} ${step.total}`)}
      </p>
      <ul className="fr-pagination__list">
        {previous && (
          <li>
            <a
              className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--label"
              href={defiHref(exhibition, previous.room.id, previous.defi.id)}
              rel="prev"
            >
              {labelled(lang, 'defi.previous', '')}
              <span dir="auto">{previous.defi.title}</span>
            </a>
          </li>
        )}
        {next && (
          <li>
            <a
              className="fr-pagination__link fr-pagination__link--next fr-pagination__link--label"
              href={defiHref(exhibition, next.room.id, next.defi.id)}
              rel="next"
            >
              {labelled(lang, 'defi.next', '')}
              <span dir="auto">{next.defi.title}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
