import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { computeLayout, type Layout } from '../layout/index.ts'
import type { Language, Manifest } from '../manifest/index.ts'
import type { GalleryStore } from '../store/index.ts'
import type { VideoPool } from '../video/index.ts'
import { usePictureWall } from './atlas/usePictureWall.ts'
import { usePosters } from './atlas/usePosters.ts'
import { nowFromQuery } from '../store/programme.ts'
import { auditoriumFeature } from './programme/programme.ts'
import { useNow } from './programme/useNow.ts'
import { RenderStats } from './stats/RenderStats.tsx'
import { statsRequested } from './testHooks.ts'
import { createVideoLink } from './video/videoLink.ts'
import { createWorld, type World } from './world/createWorld.ts'
import { initialPose } from './world/initialPose.ts'

// Everything interactive (react-three-fiber, the controls, the video screens, the counters) loads after the first
// frame: the building and its pictures are drawn with three.js alone, so the first frame waits for less JavaScript.
const LiveScene = lazy(() => import('./live/LiveScene.tsx'))

const BACKGROUND = '#dfe3ea'

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

function usePaintContext(manifest: Manifest, lang: Language, search: string) {
  const now = useNow(
    manifest,
    useMemo(() => nowFromQuery(search), [search]),
  )
  const features = useMemo(
    () =>
      new Map(
        manifest.rooms.map((r) => [r.id, r.kind === 'auditorium' ? auditoriumFeature(manifest, r.id, now) : null]),
      ),
    [manifest, now],
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
  return { features, paint }
}

/** The exhibition in 3D: the canvas (drawn on demand) and its DOM overlays side by side. */
export default function Exhibition3D({ manifest, store, lang, overlays, pool, onUnavailable }: Exhibition3DProps) {
  const layout = useMemo(() => computeLayout(manifest), [manifest])
  const [search] = useState(() => window.location.search)
  const withStats = statsRequested(search)
  const [world, setWorld] = useState<World | null>(null)
  const { features, paint } = usePaintContext(manifest, lang, search)
  const [link] = useState(createVideoLink)
  const statsElement = useRef<HTMLPreElement>(null)
  const giveUp = useRef(onUnavailable)
  useLayoutEffect(() => {
    giveUp.current = onUnavailable
  })

  // The world lives as long as its canvas: created when the canvas is attached, disposed when it goes. Only a new
  // building makes a new world (the app mounts a new view per exhibition); a new callback from the app must not.
  const attach = useCallback(
    (canvas: HTMLCanvasElement | null) => {
      if (!canvas) return
      const location = store.getState().location
      const place = {
        room: 'room' in location ? location.room : undefined,
        defi: 'defi' in location ? location.defi : undefined,
      }
      let created: World
      try {
        created = createWorld(canvas, layout, initialPose(layout, place), BACKGROUND)
      } catch (error) {
        giveUp.current?.(error)
        return
      }
      const { width, height } = canvas.getBoundingClientRect()
      created.setSize(Math.max(1, width), Math.max(1, height))
      created.requestFrame()
      setWorld(created)
      return () => {
        setWorld(null)
        created.dispose()
      }
    },
    [layout, store],
  )
  const wall = usePictureWall(world, layout, paint)
  const atlasBytes = useCallback(() => wall?.bytes ?? 0, [wall])

  const writeStats = useCallback((text: string) => {
    if (statsElement.current) statsElement.current.textContent = text
  }, [])
  const stats = useMemo(
    () =>
      withStats
        ? {
            write: writeStats,
            atlasBytes,
            hooks: { store, layout, videos: link.videos, activeDecoders: link.activeDecoders },
          }
        : null,
    [withStats, writeStats, atlasBytes, store, layout, link],
  )

  return (
    <div style={{ position: 'fixed', inset: 0, background: BACKGROUND, overflow: 'hidden' }}>
      <canvas ref={attach} style={{ display: 'block', width: '100%', height: '100%', touchAction: 'none' }} />
      {world && (
        <Suspense fallback={null}>
          <LiveScene
            world={world}
            layout={layout}
            manifest={manifest}
            lang={lang}
            features={features}
            store={store}
            link={link}
            pool={pool}
            stats={stats}
          />
        </Suspense>
      )}
      {overlays?.(layout)}
      {withStats && <RenderStats target={statsElement} />}
    </div>
  )
}
