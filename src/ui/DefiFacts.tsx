import type { Language } from '../manifest/fields.ts'
import type { Defi } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { formatFigure } from './format.ts'
import { kindLabel, labelled, t } from './i18n.ts'
import { PersonList } from './PersonList.tsx'
import { textAttrs, UserText } from './UserText.tsx'

/** The side column of a défi: administration, team, mentors, key figures and deliverables. */
export function DefiFacts({ lang, defi }: { lang: Language; defi: Defi }) {
  const newWindow = t(lang, 'defi.newWindow')
  return (
    <>
      <section aria-labelledby="administration-title" className="fr-mb-3w">
        <h2 id="administration-title" className="fr-h4">
          {t(lang, 'defi.administration')}
        </h2>
        <p className="fr-mb-1w" dir="auto">
          {defi.administration.name}
        </p>
        {defi.city && (
          <p className="fr-mb-1w">
            {labelled(lang, 'defi.city', '')}
            <span dir="auto">{defi.city}</span>
          </p>
        )}
        {defi.administration.website && (
          <p>
            <a href={defi.administration.website} target="_blank" rel="noopener" title={newWindow}>
              {t(lang, 'defi.website')}
            </a>
          </p>
        )}
      </section>
      {defi.team.length > 0 && (
        <section aria-labelledby="team-title" className="fr-mb-3w">
          <h2 id="team-title" className="fr-h4">
            {t(lang, 'defi.team')}
          </h2>
          <PersonList lang={lang} people={defi.team} />
        </section>
      )}
      {defi.mentors.length > 0 && (
        <section aria-labelledby="mentors-title" className="fr-mb-3w">
          <h2 id="mentors-title" className="fr-h4">
            {t(lang, 'defi.mentors')}
          </h2>
          <PersonList lang={lang} people={defi.mentors} />
        </section>
      )}
      {defi.keyFigures.length > 0 && (
        <section aria-labelledby="figures-title" className="fr-mb-3w">
          <h2 id="figures-title" className="fr-h4">
            {t(lang, 'defi.keyFigures')}
          </h2>
          <ul className="fr-raw-list" data-testid="key-figures">
            {defi.keyFigures.map((figure, i) => (
              <li key={i} className="fr-mb-1w">
                <span className="fr-h5 fr-mb-0">{formatFigure(figure, lang)}</span>{' '}
                <UserText text={figure.label} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {defi.deliverables.length > 0 && (
        <section aria-labelledby="deliverables-title" className="fr-mb-3w">
          <h2 id="deliverables-title" className="fr-h4">
            {t(lang, 'defi.deliverables')}
          </h2>
          <ul>
            {defi.deliverables.map((d, i) => (
              <li key={i}>
                {d.url ? (
                  <a
                    href={d.url}
                    target="_blank"
                    rel="noopener"
                    title={`${localize(d.title, lang)} – ${newWindow}`}
                    {...textAttrs(d.title, lang)}
                  >
                    {localize(d.title, lang)}
                  </a>
                ) : (
                  <UserText text={d.title} lang={lang} />
                )}{' '}
                <span className="fr-text--xs">({kindLabel(lang, d.kind)})</span>
                {!d.url && (
                  <>
                    {' '}
                    <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon" data-testid="coming-soon">
                      {t(lang, 'defi.comingSoon')}
                    </span>
                  </>
                )}
                {d.description && (
                  <p className="fr-text--sm fr-mb-0" {...textAttrs(d.description, lang)}>
                    {localize(d.description, lang)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
