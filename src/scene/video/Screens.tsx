import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Group } from 'three'
import { useStore } from 'zustand'
import type { Layout } from '../../layout/index.ts'
import { roomAt } from '../../layout/index.ts'
import type { Language, Manifest } from '../../manifest/index.ts'
import type { GalleryStore } from '../../store/index.ts'
import { useVideoPool, type VideoPool } from '../../video/index.ts'
import type { AuditoriumFeature } from '../programme/programme.ts'
import { ScreenDirector } from './screenDirector.ts'
import { screenSpecs } from './screenSpecs.ts'
import type { VideoLink } from './videoLink.ts'

/** What the screens need; the module is loaded lazily, after the first frame, with the video pool. */
export type ScreensProps = {
  layout: Layout
  manifest: Manifest
  lang: Language
  features: ReadonlyMap<string, AuditoriumFeature | null>
  store: GalleryStore
  link: VideoLink
  /** The app's pool, when its overlays play videos too; else the screens make their own. */
  pool?: VideoPool | undefined
}

/**
 * The video screens: each drawn frame, the director picks the screens to play from the camera and the store's
 * focused and selected stands. Nothing here asks for frames except a playing video.
 */
export default function Screens({ layout, manifest, lang, features, store, link, pool: given }: ScreensProps) {
  const invalidate = useThree((s) => s.invalidate)
  const own = useVideoPool()
  const pool = given ?? own
  const group = useMemo(() => new Group(), [])
  const specs = useMemo(() => screenSpecs(layout, manifest, lang, features), [layout, manifest, lang, features])
  const director = useMemo(
    () => new ScreenDirector(pool, group, specs, invalidate, (text) => store.getState().setCaption(text)),
    [pool, group, specs, invalidate, store],
  )
  useEffect(() => {
    link.connect(pool, director)
    // The first frame may come before any movement: check which screens the spawn point faces.
    invalidate()
    return () => {
      director.dispose()
      store.getState().setCaption('')
      link.connect(null, null)
    }
  }, [director, pool, link, invalidate, store])
  // Subscribing re-renders on a new focus or selection, so that a frame is drawn and the director sees it.
  const focused = useStore(store, (s) => s.focusedDefiId)
  const selected = useStore(store, (s) => s.selectedDefiId)
  const panel = useStore(store, (s) => s.panelDefiId)
  useEffect(() => invalidate(), [focused, selected, panel, invalidate])

  useFrame(({ camera, size, viewport }) => {
    const { focusedDefiId, selectedDefiId, panelDefiId } = store.getState()
    const roomId = roomAt(layout, { x: camera.position.x, z: camera.position.z })?.id ?? null
    director.update(
      camera,
      { roomId, focusedDefiId, selectedDefiId, panelOpen: panelDefiId !== null },
      size.height * viewport.dpr,
    )
  })
  return <primitive object={group} />
}
