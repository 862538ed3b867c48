import type { Language } from '../../manifest/fields.ts'
import type { Exhibition } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { t } from '../i18n.ts'
import { textAttrs } from '../UserText.tsx'

/** The booklet's first page: title, promotion, dates, organiser, then the credits and the licence. */
export function BookletCover({ lang, exhibition, dates }: { lang: Language; exhibition: Exhibition; dates: string }) {
  return (
    <header className="booklet-cover fr-mb-6w">
      <p className="fr-text--lead fr-mb-1w">{t(lang, 'booklet.title')}</p>
      <h1 {...textAttrs(exhibition.title, lang)}>{localize(exhibition.title, lang)}</h1>
      {exhibition.subtitle && (
        <p className="fr-text--lead" {...textAttrs(exhibition.subtitle, lang)}>
          {localize(exhibition.subtitle, lang)}
        </p>
      )}
      <dl className="booklet-facts">
        <div>
          <dt>{t(lang, 'exhibition.promotion')}</dt>
          <dd dir="auto">{exhibition.promotion.name}</dd>
        </div>
        <div>
          <dt>{t(lang, 'exhibition.dates')}</dt>
          <dd>{dates}</dd>
        </div>
        <div>
          <dt>{t(lang, 'exhibition.organiser')}</dt>
          <dd>
            <span dir="auto">{exhibition.organiser.name}</span>
            {exhibition.organiser.url && (
              <>
                {' – '}
                <a className="booklet-url" href={exhibition.organiser.url}>
                  {exhibition.organiser.url.replace(/^https?:\/\//, '')}
                </a>
              </>
            )}
          </dd>
        </div>
      </dl>
      <h2 className="fr-h5 fr-mt-4w">{t(lang, 'booklet.credits')}</h2>
      <ul className="fr-text--sm">
        {exhibition.credits.map((credit, i) => (
          <li key={i} {...textAttrs(credit.text, lang)}>
            {localize(credit.text, lang)}
            {credit.url && (
              <>
                {' – '}
                <a className="booklet-url" href={credit.url}>
                  {credit.url.replace(/^https?:\/\//, '')}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="fr-text--sm">
        {t(lang, 'footer.licence')}{' '}
        <a className="booklet-url" href={exhibition.licence.url}>
          <span dir="auto">{exhibition.licence.name}</span>
        </a>{' '}
        ({exhibition.licence.url.replace(/^https?:\/\//, '')})
      </p>
    </header>
  )
}
