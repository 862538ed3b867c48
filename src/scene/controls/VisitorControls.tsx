import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { collide, type Layout } from '../../layout/index.ts'

const WALK_SPEED = 2.5
const TURN_SPEED = 1.8

/** Moves the camera with the keyboard; rendered inside the Canvas. */
export function VisitorControls({ layout }: { layout: Layout }) {
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const keys = useRef(new Set<string>())
  const yaw = useRef(0)

  useEffect(() => {
    const { position, target } = layout.spawn
    const { camera } = get()
    camera.position.set(position.x, position.y, position.z)
    camera.lookAt(target.x, target.y, target.z)
    yaw.current = Math.atan2(-(target.x - position.x), -(target.z - position.z))
    invalidate()
  }, [get, layout, invalidate])

  useEffect(() => {
    const held = keys.current
    const down = (e: KeyboardEvent) => {
      held.add(e.key.toLowerCase())
      invalidate()
    }
    const up = (e: KeyboardEvent) => held.delete(e.key.toLowerCase())
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
    }
  }, [invalidate])

  useFrame(({ camera }, delta) => {
    const held = keys.current
    if (held.size === 0) return
    const dt = Math.min(delta, 0.1)
    const forward = (held.has('arrowup') || held.has('w') ? 1 : 0) - (held.has('arrowdown') || held.has('s') ? 1 : 0)
    const turn = (held.has('arrowleft') || held.has('a') ? 1 : 0) - (held.has('arrowright') || held.has('d') ? 1 : 0)
    yaw.current += turn * TURN_SPEED * dt
    const step = forward * WALK_SPEED * dt
    const from = { x: camera.position.x, z: camera.position.z }
    const to = { x: from.x - Math.sin(yaw.current) * step, z: from.z - Math.cos(yaw.current) * step }
    const at = collide(from, to, layout.colliders, layout.options.visitorRadius)
    camera.position.x = at.x
    camera.position.z = at.z
    camera.rotation.set(0, yaw.current, 0, 'YXZ')
    invalidate()
  })
  return null
}
