import type { Camera } from 'three'
import { type RefObject, useEffect } from 'react'
import { path, type Layout } from '../../layout/index.ts'
import type { GalleryStore, Travel } from '../../store/index.ts'
import { destinationPose } from '../camera/destinations.ts'
import { planGlide } from '../camera/glide.ts'
import { orientationTowards } from '../camera/orientation.ts'
import type { Rig } from './rig.ts'

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/**
 * Carries out the store's travels: a glide along the layout's path through the doors, or a cut for the first
 * placement and for visitors who ask for reduced motion. The frame loop reports arrival.
 */
export function useTravel(
  store: GalleryStore | null,
  layout: Layout,
  rigRef: RefObject<Rig>,
  getCamera: () => Camera,
  invalidate: () => void,
): void {
  useEffect(() => {
    const rig = rigRef.current
    if (!store) return
    const start = (travel: Travel) => {
      const camera = getCamera()
      const w = rig.walker
      w.x = camera.position.x
      w.z = camera.position.z
      const pose = destinationPose(layout, travel.to, w)
      if (!pose) {
        store.getState().cancelTravel()
        return
      }
      const to = orientationTowards(pose.position, pose.target)
      const end = { x: pose.position.x, z: pose.position.z }
      const cut = travel.instant || reducedMotion()
      const waypoints = cut ? [end] : path(layout, w, end)
      const from = cut ? to : { yaw: camera.rotation.y, pitch: camera.rotation.x }
      rig.glide = planGlide(waypoints, from, to)
      // A cut is a glide that is over at its first frame.
      rig.cut = cut
      rig.elapsed = cut ? rig.glide.duration : 0
      rig.travelId = travel.id
      rig.held.clear()
      invalidate()
    }
    const pending = store.getState().travel
    if (pending) start(pending)
    return store.subscribe((state, previous) => {
      if (state.travel === previous.travel) return
      if (state.travel) start(state.travel)
      else if (rig.travelId !== null) {
        // Cancelled (the tour was left): stop where the camera is.
        rig.glide = null
        rig.travelId = null
      }
    })
  }, [store, layout, rigRef, getCamera, invalidate])
}
