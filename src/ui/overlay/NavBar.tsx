import { useGallery, useGalleryStore } from '../galleryContext.ts'
import type { Layout } from '../../layout/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { stepDestination, type Step } from '../../store/index.ts'
import { say, type OverlayKey } from './strings.ts'

const STEPS: { step: Step; label: OverlayKey; keys: string }[] = [
  { step: 'previousStand', label: 'previousStand', keys: 'P PageUp' },
  { step: 'nextStand', label: 'nextStand', keys: 'N PageDown' },
  { step: 'nextRoom', label: 'nextRoom', keys: 'R' },
]

/** The moves as buttons (the same as the keys), and the stand in front with the button that opens it. */
export function NavBar({ lang, manifest, layout }: { lang: Language; manifest: Manifest; layout: Layout }) {
  const store = useGalleryStore()
  const focused = useGallery((s) => s.focusedDefiId)
  const openPanel = useGallery((s) => s.openPanel)
  const defi = focused ? manifest.defis.find((d) => d.id === focused) : undefined
  const go = (step: Step) => {
    const state = store.getState()
    const to = stepDestination(layout, state, step)
    if (to) state.travelTo(to)
  }
  return (
    <nav className="v3d-box v3d-nav" aria-label={say(lang, 'navLabel')}>
      {defi && (
        <p className="fr-mb-1w" data-testid="facing">
          <span className="fr-text--sm">{say(lang, 'facing')}</span> <strong dir="auto">{defi.title}</strong>{' '}
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-ml-1w"
            aria-keyshortcuts="Enter"
            onClick={() => openPanel(defi.id)}
          >
            {say(lang, 'open')}
          </button>
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
        {STEPS.map(({ step, label, keys }) => (
          <li key={step}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-mb-0"
              aria-keyshortcuts={keys}
              onClick={() => go(step)}
            >
              {say(lang, label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
