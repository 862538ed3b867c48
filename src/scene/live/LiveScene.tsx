import { createRoot, events, extend, invalidate, type ReconcilerRoot } from '@react-three/fiber'
import { useEffect, useInsertionEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Group, Mesh } from 'three'
import type { VideoPool } from '../../video/index.ts'
import { VisitorControls } from '../controls/VisitorControls.tsx'
import { SceneHooks } from '../SceneHooks.tsx'
import { StatsProbe } from '../stats/StatsProbe.tsx'
import type { SceneTestHooks } from '../testHooks.ts'
import Screens, { type ScreensProps } from '../video/Screens.tsx'
import { MAX_DPR, type World } from '../world/createWorld.ts'

// fiber's <Canvas> registers the whole THREE namespace (`extend(THREE)`), which puts all of three.js in the bundle.
// The scene's objects are built with three.js directly and mounted with <primitive>; JSX declares only these.
extend({ Group, Mesh })

/** What the interactive part of the scene needs: what its screens need, the world, and the `?stats` counters. */
export type LiveSceneProps = ScreensProps & {
  world: World
  pool: VideoPool | undefined
  stats: {
    write: (text: string) => void
    atlasBytes: () => number
    hooks: Omit<SceneTestHooks, 'goTo' | 'context' | 'project'>
  } | null
}

/**
 * The interactive scene, loaded after the first frame: a react-three-fiber root on the world's own renderer, scene
 * and camera (`frameloop="demand"`, dpr 1 to 1.5, colours as authored), with the controls, the video screens and,
 * with `?stats`, the counters. From its mount on, fiber draws every frame, and only when something asks for one.
 */
export default function LiveScene({
  world,
  layout,
  manifest,
  lang,
  features,
  store,
  link,
  pool,
  stats,
}: LiveSceneProps) {
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const children = useMemo(
    () => (
      <>
        <VisitorControls layout={layout} store={store} />
        <Screens
          layout={layout}
          manifest={manifest}
          lang={lang}
          features={features}
          store={store}
          link={link}
          pool={pool}
        />
        {stats && (
          <StatsProbe
            write={stats.write}
            activeDecoders={link.activeDecoders}
            atlasBytes={stats.atlasBytes}
            subscribe={link.subscribe}
          />
        )}
        {stats && <SceneHooks hooks={stats.hooks} />}
      </>
    ),
    [layout, manifest, lang, features, store, link, pool, stats],
  )
  const latest = useRef(children)
  useLayoutEffect(() => {
    latest.current = children
  })

  // Insertion effects are not replayed by Strict Mode: the root is unmounted once, when the view goes.
  useInsertionEffect(
    () => () => {
      root.current?.unmount()
      root.current = null
    },
    [],
  )

  useLayoutEffect(() => {
    const canvas = world.renderer.domElement
    const box = canvas.parentElement ?? canvas
    const configure = (width: number, height: number) => {
      if (width === 0 || height === 0) return
      root.current ??= createRoot(canvas)
      const current = root.current
      void current
        .configure({
          gl: world.renderer,
          scene: world.scene,
          camera: world.camera,
          events,
          frameloop: 'demand',
          dpr: [1, MAX_DPR],
          flat: true,
          size: { width, height, top: 0, left: 0 },
        })
        .then(() => {
          current.render(latest.current)
          // From now on fiber draws the frames (the world asked for before it came are drawn by fiber too).
          world.drive(() => invalidate())
          invalidate()
        })
    }
    const rect = box.getBoundingClientRect()
    configure(rect.width, rect.height)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) configure(entry.contentRect.width, entry.contentRect.height)
    })
    observer.observe(box)
    return () => {
      observer.disconnect()
      world.drive(null)
    }
  }, [world])

  useEffect(() => {
    root.current?.render(children)
  }, [children])
  return null
}
