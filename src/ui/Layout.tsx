import './twoD.css'
import { Header } from '@codegouvfr/react-dsfr/Header'
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks'
import type { ReactNode } from 'react'
import { LANGUAGES, type Language } from '../manifest/languages.ts'
import type { Exhibition } from '../manifest/schema.ts'
import { BrandTop } from './BrandTop.tsx'
import { t } from './i18n.ts'
import { SiteFooter } from './SiteFooter.tsx'
import { siteTexts } from './siteTexts.ts'
import { useWebGL } from './webgl.ts'

/** The frame of every 2D page. */
export type LayoutProps = {
  lang: Language
  /** The languages the page can be read in: no switch when there is only one. */
  languages?: readonly Language[] | undefined
  onLanguageChange: (lang: Language) => void
  /** The exhibition being visited, whose credits and licence the footer shows. */
  exhibition?: Exhibition
  /** This page in the 3D view, linked from the header when the browser has WebGL; none outside the exhibitions. */
  view3dHref?: string | undefined
  children: ReactNode
}

/** Skip links, DSFR header with the language switch, the page's single `<main>`, and the footer. */
export function Layout({
  lang,
  languages = LANGUAGES,
  onLanguageChange,
  exhibition,
  view3dHref,
  children,
}: LayoutProps) {
  const other = languages.find((l) => l !== lang)
  const webgl = useWebGL()
  const site = siteTexts(lang, exhibition)
  return (
    <>
      <SkipLinks
        links={[
          { label: t(lang, 'skip.content'), anchor: '#contenu' },
          { label: t(lang, 'skip.footer'), anchor: '#footer' },
        ]}
      />
      <Header
        disableDisplay
        brandTop={<BrandTop lang={lang} />}
        homeLinkProps={{ href: '/', title: site.home }}
        serviceTitle={site.title}
        serviceTagline={site.tagline}
        quickAccessItems={[
          webgl && view3dHref
            ? {
                iconId: 'fr-icon-ancient-pavilion-line',
                text: t(lang, 'view.3d'),
                linkProps: { href: view3dHref, title: t(lang, 'view.3dLabel') },
              }
            : null,
          other
            ? {
                iconId: 'fr-icon-translate-2',
                text: <span lang={other}>{t(lang, 'language.switch')}</span>,
                buttonProps: {
                  onClick: () => onLanguageChange(other),
                  title: t(lang, 'language.switchLabel'),
                  'data-testid': 'language-switch',
                },
              }
            : null,
        ]}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w">
        {children}
      </main>
      <SiteFooter lang={lang} exhibition={exhibition} />
    </>
  )
}
