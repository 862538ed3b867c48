import { Card } from '@codegouvfr/react-dsfr/Card'
import type { Language } from '../manifest/fields.ts'
import type { ExhibitionSummary } from '../store/api.ts'
import { formatDateRange } from './format.ts'
import { count, t } from './i18n.ts'
import { lobbyHref } from './links.ts'
import { UserText } from './UserText.tsx'

/** The home page: every promotion's exhibition with its dates and size. */
export function ExhibitionsPage({ lang, exhibitions }: { lang: Language; exhibitions: ExhibitionSummary[] }) {
  return (
    <>
      <h1>{t(lang, 'exhibitions.heading')}</h1>
      <p className="fr-text--lead">{t(lang, 'exhibitions.intro')}</p>
      {exhibitions.length === 0 ? (
        <p>{t(lang, 'exhibitions.none')}</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list" aria-label={t(lang, 'exhibitions.heading')}>
          {exhibitions.map((e) => (
            <li key={e.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <Card
                titleAs="h2"
                title={<UserText text={e.title} lang={lang} />}
                desc={e.subtitle ? <UserText text={e.subtitle} lang={lang} /> : undefined}
                start={
                  <p className="fr-card__detail" dir="auto">
                    {e.promotion.name}
                  </p>
                }
                detail={formatDateRange(e.dates.start, e.dates.end, lang)}
                end={
                  <p className="fr-text--sm fr-mb-0">
                    {[
                      e.counts.rooms !== undefined && count(lang, 'rooms', e.counts.rooms),
                      e.counts.defis !== undefined && count(lang, 'defis', e.counts.defis),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                }
                enlargeLink
                linkProps={{ href: lobbyHref(e.id) }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
