import type { Language } from '../../manifest/fields.ts'
import { TABS, tabPath, type Tab } from './route.ts'
import { tc } from './strings.ts'

/** The sections of an exhibition, as links; the current one marked for screen readers. */
export function EditorNav(props: { lang: Language; id: string; tab: Tab; navigate: (path: string) => void }) {
  const { lang, id, tab, navigate } = props
  const go = (path: string) => (event: React.MouseEvent) => {
    event.preventDefault()
    navigate(path)
  }
  return (
    <nav aria-label={tc(lang, 'nav.label')} className="fr-mb-2w">
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <a className="fr-link" href="/curate" onClick={go('/curate')}>
            {tc(lang, 'nav.back')}
          </a>
        </li>
        {TABS.map((t) => (
          <li key={t}>
            <a
              className={`fr-btn fr-btn--sm ${t === tab ? '' : 'fr-btn--tertiary'}`}
              href={tabPath(id, t)}
              aria-current={t === tab ? 'page' : undefined}
              onClick={go(tabPath(id, t))}
            >
              {tc(lang, `nav.${t}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
