import type { ReactNode } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { tc } from './strings.ts'

// DSFR's header as plain markup rather than react-dsfr's Header, which the 2D pages use: sharing that component
// would split it out of their chunk into a common one, and the 2D twin's JS budget would pay for the split.

/** The curation screen's frame: skip link, DSFR header with the language switch, the single `<main>`. */
export function CurateLayout(props: { lang: Language; onLanguageChange: (l: Language) => void; children: ReactNode }) {
  const { lang } = props
  const other: Language = lang === 'fr' ? 'en' : 'fr'
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" aria-label={lang === 'fr' ? 'Accès rapide' : 'Quick access'}>
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#contenu">
                {lang === 'fr' ? 'Contenu' : 'Content'}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <header role="banner" className="fr-header">
        <div className="fr-header__body">
          <div className="fr-container">
            <div className="fr-header__body-row">
              <div className="fr-header__brand fr-enlarge-link">
                <div className="fr-header__brand-top">
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                </div>
                <div className="fr-header__service">
                  <a href="/curate" title={`${tc(lang, 'title')} – Vernissage`}>
                    <p className="fr-header__service-title">Vernissage – {tc(lang, 'title')}</p>
                  </a>
                </div>
              </div>
              <div className="fr-header__tools">
                <div className="fr-header__tools-links">
                  <button
                    type="button"
                    className="fr-btn fr-btn--tertiary-no-outline"
                    onClick={() => props.onLanguageChange(other)}
                    data-testid="language-switch"
                  >
                    <span lang={other}>{other === 'en' ? 'English' : 'Français'}</span>
                  </button>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w">
        {props.children}
      </main>
    </>
  )
}
