import { lazy, Suspense } from 'react'
import { useGallery } from '../galleryContext.ts'
import { formatLocation } from '../../store/routes.ts'
import type { Layout } from '../../layout/index.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { selectLanguage, selectLanguages } from '../../store/index.ts'
import { Announcer } from './Announcer.tsx'
import { CaptionBar } from './CaptionBar.tsx'
import { NavBar } from './NavBar.tsx'
import { NowBanner } from './NowBanner.tsx'
import './overlays.css'
import { Search } from './Search.tsx'
import { say } from './strings.ts'
import { TourBar } from './TourBar.tsx'
import { VirtualStick } from './VirtualStick.tsx'

// The panel (and the DSFR pieces it shows) loads the first time a stand is opened.
const StandPanel = lazy(() => import('./StandPanel.tsx').then((m) => ({ default: m.StandPanel })))

/**
 * The DOM over the 3D view, in tab order: the way to the 2D version first, then the programme, search, the guided
 * tour and the moves; the stand panel when one is open. Screen readers hear rooms and stands as they are reached.
 */
export function Overlays3D({ layout, manifest }: { layout: Layout; manifest: Manifest }) {
  const location = useGallery((s) => s.location)
  const lang = useGallery(selectLanguage)
  const other = useGallery(selectLanguages).find((l) => l !== lang)
  const panelDefiId = useGallery((s) => s.panelDefiId)
  const setLanguage = useGallery((s) => s.setLanguage)
  const panelDefi = manifest.defis.find((d) => d.id === panelDefiId)

  return (
    <div className="v3d-overlays" lang={lang}>
      <header className="v3d-top">
        <a
          className="fr-link v3d-box"
          href={formatLocation({ ...location, view: '2d' })}
          title={say(lang, 'to2dLabel')}
        >
          {say(lang, 'to2d')}
        </a>
        <h1 id="visit-title" className="fr-sr-only">
          {`${say(lang, 'sceneName')} – ${localize(manifest.exhibition.title, lang)}`}
        </h1>
        <p id="visit-help" className="fr-sr-only">
          {say(lang, 'help')}
        </p>
        {other && (
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-btn--sm v3d-box"
            lang={other}
            data-testid="language-switch-3d"
            onClick={() => setLanguage(other)}
          >
            {other === 'en' ? 'English' : 'Français'}
          </button>
        )}
        <NowBanner lang={lang} manifest={manifest} layout={layout} />
        <Search lang={lang} manifest={manifest} />
      </header>
      <main className="v3d-bottom">
        <TourBar lang={lang} manifest={manifest} layout={layout} />
        <NavBar lang={lang} manifest={manifest} layout={layout} />
      </main>
      <CaptionBar />
      <Announcer lang={lang} manifest={manifest} layout={layout} />
      <VirtualStick lang={lang} />
      {panelDefi && (
        <Suspense fallback={null}>
          <StandPanel lang={lang} manifest={manifest} defi={panelDefi} />
        </Suspense>
      )}
    </div>
  )
}
