import { describe, expect, it } from 'vitest'
import { collide, isFree, roomAt } from '../../../src/layout/index.ts'
import { DEFAULT_GLIDE, planGlide, sampleGlide, type GlideSample } from '../../../src/scene/camera/glide.ts'
import {
  easeInOut,
  forwardOf,
  lerpAngle,
  orientationTowards,
  wrapAngle,
} from '../../../src/scene/camera/orientation.ts'
import { eig4Layout } from './eig4.ts'

const sample = (): GlideSample => ({ x: 0, z: 0, yaw: 0, pitch: 0, done: false })

/** Every frame of a glide at 60 fps. */
function frames(glide: ReturnType<typeof planGlide>): GlideSample[] {
  const out: GlideSample[] = []
  for (let t = 0; ; t += 1 / 60) {
    const s = sampleGlide(glide, t, sample())
    out.push(s)
    if (s.done) return out
  }
}

describe('wrapAngle and lerpAngle', () => {
  it('keep angles in (-π, π] and turn the short way round', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI)
    expect(wrapAngle(-Math.PI)).toBeCloseTo(Math.PI)
    expect(wrapAngle(0.5 + 4 * Math.PI)).toBeCloseTo(0.5)
    // From just left of "behind" to just right of it: a small turn, not a full one.
    expect(lerpAngle(3, -3, 0.5)).toBeCloseTo(Math.PI)
  })
})

describe('orientationTowards and forwardOf', () => {
  it('gives the yaw and pitch that look at a target, in three.js conventions', () => {
    const ahead = orientationTowards({ x: 0, y: 1.6, z: 0 }, { x: 0, y: 1.6, z: -5 })
    expect(ahead.yaw).toBeCloseTo(0)
    expect(ahead.pitch).toBeCloseTo(0)
    const left = orientationTowards({ x: 0, y: 1.6, z: 0 }, { x: -2, y: 3.6, z: 0 })
    expect(left.yaw).toBeCloseTo(Math.PI / 2)
    expect(left.pitch).toBeCloseTo(Math.PI / 4)
    const f = forwardOf(left.yaw)
    expect(f.x).toBeCloseTo(-1)
    expect(f.z).toBeCloseTo(0)
  })
})

describe('easeInOut', () => {
  it('starts and ends at rest and is monotonic', () => {
    expect(easeInOut(0)).toBe(0)
    expect(easeInOut(1)).toBe(1)
    expect(easeInOut(0.5)).toBeCloseTo(0.5)
    for (let t = 0; t < 1; t += 0.01) expect(easeInOut(t + 0.01)).toBeGreaterThanOrEqual(easeInOut(t))
  })
})

describe('planGlide and sampleGlide', () => {
  const route = [
    { x: 0, z: 0 },
    { x: 0, z: -6 },
    { x: 6, z: -6 },
  ]
  const from = { yaw: Math.PI, pitch: 0.2 }
  const to = { yaw: -Math.PI / 2, pitch: -0.1 }

  it('walks at about 3 m/s on average', () => {
    const glide = planGlide(route, from, to)
    expect(glide.length).toBeCloseTo(12)
    expect(glide.duration).toBeCloseTo(12 / DEFAULT_GLIDE.speed)
  })

  it('starts where the visitor is, looking where they looked, and ends on the pose', () => {
    const all = frames(planGlide(route, from, to))
    const first = all[0]!
    const last = all[all.length - 1]!
    expect([first.x, first.z, first.yaw, first.pitch]).toEqual([0, 0, from.yaw, from.pitch])
    expect(last.done).toBe(true)
    expect(last.x).toBeCloseTo(6)
    expect(last.z).toBeCloseTo(-6)
    expect(last.yaw).toBeCloseTo(to.yaw)
    expect(last.pitch).toBeCloseTo(to.pitch)
  })

  it('moves and turns smoothly: no jump between frames, even at corners', () => {
    const all = frames(planGlide(route, from, to))
    for (let i = 1; i < all.length; i++) {
      const a = all[i - 1]!
      const b = all[i]!
      // At most 4/3 of 3 m/s (6.7 cm a frame), and never a turn faster than about 200° a second.
      expect(Math.hypot(b.x - a.x, b.z - a.z)).toBeLessThan(0.07)
      expect(Math.abs(wrapAngle(b.yaw - a.yaw))).toBeLessThan(0.06)
    }
  })

  it('looks where it goes in the middle of a leg', () => {
    const glide = planGlide(route, from, to)
    // Three quarters of the way (9 m, on the second leg, heading +x): yaw -π/2.
    // The moment the ease has covered three quarters of the way, by bisection.
    let lo = 0
    let hi = 1
    for (let i = 0; i < 40; i++) [lo, hi] = easeInOut((lo + hi) / 2) < 0.75 ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2]
    const on = sampleGlide(glide, glide.duration * lo, sample())
    expect(on.x).toBeCloseTo(3)
    expect(on.z).toBeCloseTo(-6)
    expect(Math.abs(wrapAngle(on.yaw + Math.PI / 2))).toBeLessThan(0.01)
  })

  it('turns on the spot when there is nowhere to walk', () => {
    const glide = planGlide([{ x: 1, z: 1 }], { yaw: 0, pitch: 0 }, { yaw: Math.PI / 2, pitch: 0 })
    expect(glide.duration).toBeGreaterThan(0.5)
    const half = sampleGlide(glide, glide.duration / 2, sample())
    expect(half.x).toBe(1)
    expect(half.yaw).toBeCloseTo(Math.PI / 4)
  })

  it('is over at once when sampled at its duration: a cut', () => {
    const glide = planGlide([{ x: 4, z: -3 }], to, to)
    const s = sampleGlide(glide, glide.duration, sample())
    expect(s).toEqual({ x: 4, z: -3, yaw: to.yaw, pitch: to.pitch, done: true })
  })
})

describe('gliding the EIG 4 guided tour', () => {
  it('goes from stand to stand through the doors without touching a wall', () => {
    const layout = eig4Layout()
    const radius = layout.options.visitorRadius
    let rooms = new Set<string>()
    for (const step of layout.tour) {
      const all = frames(
        planGlide(step.waypoints, { yaw: 0, pitch: 0 }, orientationTowards(step.pose.position, step.pose.target)),
      )
      for (let i = 1; i < all.length; i++) {
        const a = all[i - 1]!
        const b = all[i]!
        // What the camera rig does every frame: the move is free, so collide changes nothing.
        const at = collide(a, b, layout.colliders, radius)
        expect(Math.hypot(at.x - b.x, at.z - b.z)).toBeLessThan(1e-6)
        expect(isFree(b, layout.colliders, radius)).toBe(true)
      }
      rooms = new Set([...rooms, roomAt(layout, all[all.length - 1]!)!.id])
      expect(roomAt(layout, all[all.length - 1]!)?.id).toBe(step.roomId)
    }
    expect(rooms.size).toBe(4)
  })
})
