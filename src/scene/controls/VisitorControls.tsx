import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import type { PerspectiveCamera } from 'three'
import { collide, roomAt, type Layout } from '../../layout/index.ts'
import type { GalleryStore } from '../../store/index.ts'
import { sampleGlide } from '../camera/glide.ts'
import { standInView } from './focus.ts'
import { intentFromKeys } from './keys.ts'
import { createRig } from './rig.ts'
import { useKeyboard } from './useKeyboard.ts'
import { usePointer } from './usePointer.ts'
import { useTravel } from './useTravel.ts'
import { useVisitorHooks } from './useVisitorHooks.ts'
import { look, walkStep } from './walk.ts'

/**
 * How the visitor gets around, rendered inside the canvas: keys, drag to look, click or tap to go, the touch stick,
 * and the glides the store asks for. Frames are asked for only while something moves. The store comes as a prop:
 * the canvas's React root does not see the app's context.
 */
export function VisitorControls({ layout, store }: { layout: Layout; store: GalleryStore }) {
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const canvas = useThree((s) => s.gl.domElement)
  const rigRef = useRef(createRig())
  const [getCamera] = useState(() => () => get().camera)

  useEffect(() => {
    const camera = get().camera
    // Yaw then pitch, as a visitor turns their head: camera.rotation.y is then the heading, even after lookAt.
    camera.rotation.order = 'YXZ'
    const { position, target } = layout.spawn
    camera.position.set(position.x, position.y, position.z)
    camera.lookAt(target.x, target.y, target.z)
    invalidate()
  }, [get, layout, invalidate])

  useEffect(() => {
    if (!store) return
    const { motion } = store.getState()
    motion.wake = invalidate
    // A new 3D view starts from the URL, with a cut; then it follows links, back and forward.
    store.getState().resetPlace()
    store.getState().followUrl()
    const unsubscribe = store.subscribe((s, before) => {
      if (s.location !== before.location || s.exhibitions !== before.exhibitions) s.followUrl()
    })
    return () => {
      unsubscribe()
      if (motion.wake === invalidate) motion.wake = () => {}
    }
  }, [store, invalidate])

  useTravel(store, layout, rigRef, getCamera, invalidate)
  useKeyboard(store, layout, rigRef, invalidate)
  usePointer(store, layout, rigRef, canvas, getCamera, invalidate)
  useVisitorHooks(rigRef, canvas)

  useFrame((state, delta) => {
    const camera = state.camera as PerspectiveCamera
    const rig = rigRef.current
    const dt = Math.min(delta, 0.1)
    const w = rig.walker
    const { colliders, options } = layout
    // The camera is the truth: a test hook or the scene may have moved it since the last frame.
    w.x = camera.position.x
    w.z = camera.position.z
    w.yaw = camera.rotation.y
    w.pitch = camera.rotation.x
    let moving = false
    let arrived: number | null = null
    if (rig.glide) {
      rig.elapsed += dt
      const s = sampleGlide(rig.glide, rig.elapsed, rig.sample)
      // Waypoints are clear of walls by construction; this only guards against a glide from an odd spot.
      const at = rig.cut ? s : collide(w, s, colliders, options.visitorRadius)
      w.x = at.x
      w.z = at.z
      w.yaw = s.yaw
      w.pitch = s.pitch
      if (s.done) {
        arrived = rig.travelId
        rig.glide = null
        rig.travelId = null
      } else moving = true
    } else {
      const intent = intentFromKeys(rig.held, rig.intent)
      const motion = store?.getState().motion
      if (motion) {
        intent.forward = Math.max(-1, Math.min(1, intent.forward - motion.stickY))
        intent.strafe = Math.max(-1, Math.min(1, intent.strafe + motion.stickX))
      }
      moving = walkStep(w, intent, dt, colliders, options.visitorRadius)
      if (rig.lookX !== 0 || rig.lookY !== 0) {
        look(w, rig.lookX, rig.lookY, state.size.height, (camera.fov * Math.PI) / 180)
        rig.lookX = 0
        rig.lookY = 0
        moving = true
      }
      moving ||= intent.forward !== 0 || intent.strafe !== 0 || intent.turn !== 0
    }
    camera.position.set(w.x, options.eyeHeight, w.z)
    camera.rotation.set(w.pitch, w.yaw, 0, 'YXZ')
    if (moving || arrived !== null) invalidate()
    if (!store) return
    const scene = store.getState()
    const room = roomAt(layout, w)?.id ?? scene.roomId
    if (arrived !== null) scene.arrive(arrived)
    // Store writes happen only when the room or the stand in view changes: not every frame.
    if (rig.glide) scene.setRoom(room)
    else if (moving || arrived !== null) scene.observe(room, standInView(layout, w.x, w.z, w.yaw)?.defiId ?? null)
  })
  return null
}
