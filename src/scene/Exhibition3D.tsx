import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { computeLayout, type Layout } from '../layout/index.ts'
import type { Language, Manifest } from '../manifest/index.ts'
import type { GalleryStore } from '../store/index.ts'
import type { VideoPool } from '../video/index.ts'
import { Pictures } from './atlas/Pictures.tsx'
import { usePosters } from './atlas/usePosters.ts'
import { Architecture, Seats, Stands } from './building/Building.tsx'
import { VisitorControls } from './controls/VisitorControls.tsx'
import { auditoriumFeature, readNow } from './programme/programme.ts'
import { useNow } from './programme/useNow.ts'
import { SceneCanvas } from './SceneCanvas.tsx'
import { SceneHooks } from './SceneHooks.tsx'
import { RenderStats } from './stats/RenderStats.tsx'
import { StatsProbe } from './stats/StatsProbe.tsx'
import { statsRequested } from './testHooks.ts'
import { createVideoLink } from './video/videoLink.ts'

// The video side (pool, director, VideoTexture) is not needed for the first frame: it loads right after.
const Screens = lazy(() => import('./video/Screens.tsx'))

/** What the app gives the 3D view. */
export type Exhibition3DProps = {
  manifest: Manifest
  store: GalleryStore
  lang: Language
  /** The DOM drawn over the canvas (navigation, panels), given the layout the scene was built from. */
  overlays?: (layout: Layout) => ReactNode
  /** The app's pool, when overlays play videos too; else the scene makes its own. */
  pool?: VideoPool
  /** WebGL failed to start: the app opens the 2D view instead. */
  onUnavailable?: (error: unknown) => void
}

/** The exhibition in 3D: the canvas (drawn on demand) and its DOM overlays side by side. */
export default function Exhibition3D({
  manifest,
  store,
  lang,
  overlays,
  pool: given,
  onUnavailable,
}: Exhibition3DProps) {
  const [search] = useState(() => window.location.search)
  const withStats = statsRequested(search)
  const now = useNow(
    manifest,
    useMemo(() => readNow(search), [search]),
  )
  const layout = useMemo(() => computeLayout(manifest), [manifest])
  const features = useMemo(
    () =>
      new Map(layout.rooms.map((r) => [r.id, r.kind === 'auditorium' ? auditoriumFeature(manifest, r.id, now) : null])),
    [layout, manifest, now],
  )
  const posterPaths = useMemo(
    () => [
      ...manifest.defis.flatMap((d) => (d.media?.poster ? [d.media.poster.src] : [])),
      ...[...features.values()].flatMap((f) => (f?.media.poster ? [f.media.poster.src] : [])),
    ],
    [manifest, features],
  )
  const posters = usePosters(posterPaths)
  const paint = useMemo(() => ({ manifest, lang, now, features, posters }), [manifest, lang, now, features, posters])
  const [link] = useState(createVideoLink)
  const statsElement = useRef<HTMLPreElement>(null)
  const writeStats = useCallback((text: string) => {
    if (statsElement.current) statsElement.current.textContent = text
  }, [])
  const hooks = useMemo(
    () => ({ store, layout, videos: link.videos, activeDecoders: link.activeDecoders }),
    [store, layout, link],
  )

  const scene = useMemo(
    () => (
      <>
        <Architecture layout={layout} />
        <Stands layout={layout} />
        <Seats layout={layout} />
        <Pictures layout={layout} context={paint} />
        <Suspense fallback={null}>
          <Screens
            layout={layout}
            manifest={manifest}
            lang={lang}
            features={features}
            store={store}
            link={link}
            pool={given}
          />
        </Suspense>
        <VisitorControls layout={layout} store={store} />
        {withStats && <StatsProbe write={writeStats} activeDecoders={link.activeDecoders} subscribe={link.subscribe} />}
        {withStats && <SceneHooks hooks={hooks} />}
      </>
    ),
    [layout, manifest, lang, features, paint, link, given, store, withStats, hooks, writeStats],
  )

  return (
    <div style={{ position: 'fixed', inset: 0, background: '#dfe3ea' }}>
      <SceneCanvas onError={onUnavailable} onCreated={({ gl }) => gl.setClearColor('#dfe3ea')}>
        {scene}
      </SceneCanvas>
      {overlays?.(layout)}
      {withStats && <RenderStats target={statsElement} />}
    </div>
  )
}
