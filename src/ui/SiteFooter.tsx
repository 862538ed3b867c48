import { Footer } from '@codegouvfr/react-dsfr/Footer'
import { Fragment } from 'react'
import type { Language } from '../manifest/fields.ts'
import type { Exhibition } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { BrandTop } from './BrandTop.tsx'
import { t } from './i18n.ts'
import { dataHref } from './links.ts'
import { siteTexts } from './siteTexts.ts'
import { textAttrs } from './UserText.tsx'

/** « Données ouvertes : JSON, CSV », the exhibition's open data files, served by the server itself. */
function OpenDataLinks({ lang, exhibition }: { lang: Language; exhibition: string }) {
  return (
    <span className="fr-footer__bottom-link" data-testid="open-data">
      {t(lang, 'footer.openData')}{' '}
      <a href={dataHref(exhibition, 'json')} type="application/json">
        JSON<span className="fr-sr-only"> – {t(lang, 'footer.openDataJson')}</span>
      </a>
      ,{' '}
      <a href={dataHref(exhibition, 'csv')} type="text/csv">
        CSV<span className="fr-sr-only"> – {t(lang, 'footer.openDataCsv')}</span>
      </a>
    </span>
  )
}

/** The DSFR footer with the exhibition's credits and licence, when an exhibition is shown. */
export function SiteFooter({ lang, exhibition }: { lang: Language; exhibition?: Exhibition | undefined }) {
  return (
    <Footer
      id="footer"
      accessibility="partially compliant"
      brandTop={<BrandTop lang={lang} />}
      homeLinkProps={{ href: '/', title: siteTexts(lang, exhibition).home }}
      bottomItems={exhibition ? [<OpenDataLinks key="open-data" lang={lang} exhibition={exhibition.id} />] : []}
      contentDescription={
        exhibition && (
          <>
            <span className="fr-text--bold">{t(lang, 'footer.credits')}</span>
            {exhibition.credits.map((credit, i) => (
              // The footer's description is one paragraph: line breaks, not blocks, keep each credit on its own line.
              <Fragment key={i}>
                <br />
                <span {...textAttrs(credit.text, lang)}>
                  {credit.url ? (
                    <a href={credit.url} target="_blank" rel="noopener">
                      {localize(credit.text, lang)}
                    </a>
                  ) : (
                    localize(credit.text, lang)
                  )}
                </span>
              </Fragment>
            ))}
          </>
        )
      }
      license={
        exhibition && (
          <>
            {t(lang, 'footer.licence')}{' '}
            <a href={exhibition.licence.url} target="_blank" rel="noopener">
              <span dir="auto">{exhibition.licence.name}</span>
            </a>
          </>
        )
      }
    />
  )
}
