import { Footer } from '@codegouvfr/react-dsfr/Footer'
import type { Language } from '../manifest/fields.ts'
import type { Exhibition } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { t } from './i18n.ts'

/** The DSFR footer with the exhibition's credits and licence, when an exhibition is shown. */
export function SiteFooter({ lang, exhibition }: { lang: Language; exhibition?: Exhibition | undefined }) {
  const [brandFirst, brandSecond] = t(lang, 'site.brandTop').split('\n')
  return (
    <Footer
      id="footer"
      accessibility="partially compliant"
      brandTop={
        <>
          {brandFirst}
          <br />
          {brandSecond}
        </>
      }
      homeLinkProps={{ href: '/', title: t(lang, 'site.home') }}
      contentDescription={
        exhibition && (
          <>
            <span className="fr-text--bold">{t(lang, 'footer.credits')}</span>
            {exhibition.credits.map((credit, i) => (
              <span key={i} className="fr-display--block">
                {credit.url ? (
                  <a href={credit.url} target="_blank" rel="noopener">
                    {localize(credit.text, lang)}
                  </a>
                ) : (
                  localize(credit.text, lang)
                )}
              </span>
            ))}
          </>
        )
      }
      license={
        exhibition && (
          <>
            {t(lang, 'footer.licence')}{' '}
            <a href={exhibition.licence.url} target="_blank" rel="noopener">
              {exhibition.licence.name}
            </a>
          </>
        )
      }
    />
  )
}
