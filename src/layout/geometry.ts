import type { Rect, Vec2 } from './types.ts'

/** The sum of two plan vectors. */
export const add = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x + b.x, z: a.z + b.z })

/** `a - b`. */
export const sub = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x - b.x, z: a.z - b.z })

/** `v` times `k` (never -0, so that results compare equal to plain literals). */
export const scale = (v: Vec2, k: number): Vec2 => ({ x: v.x * k + 0, z: v.z * k + 0 })

/** The dot product. */
export const dot = (a: Vec2, b: Vec2): number => a.x * b.x + a.z * b.z

/** The length of `v`. */
export const length = (v: Vec2): number => Math.hypot(v.x, v.z)

/** The distance between two points. */
export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a.x - b.x, a.z - b.z)

/** True when two points are within a micrometre. */
export const samePoint = (a: Vec2, b: Vec2): boolean => distance(a, b) < 1e-6

/** Rounds to the millimetre, so that coordinates built by different sums compare equal; -0 becomes 0. */
export const mm = (n: number): number => Math.round(n * 1000) / 1000 + 0

/** The angle that turns an object's local +z towards `facing` (three.js rotation about y). */
export const rotationTowards = (facing: Vec2): number => Math.atan2(facing.x, facing.z) + 0

/** `r` shrunk by `d` on every side, rounded to the millimetre. */
export const insetRect = (r: Rect, d: number): Rect => ({
  minX: mm(r.minX + d),
  minZ: mm(r.minZ + d),
  maxX: mm(r.maxX - d),
  maxZ: mm(r.maxZ - d),
})

/** True when `p` lies in `r`, edges included, give or take `slack`. */
export const rectContains = (r: Rect, p: Vec2, slack = 1e-9): boolean =>
  p.x >= r.minX - slack && p.x <= r.maxX + slack && p.z >= r.minZ - slack && p.z <= r.maxZ + slack

/** The point of `r` nearest to `p`. */
export const clampToRect = (r: Rect, p: Vec2): Vec2 => ({
  x: Math.min(Math.max(p.x, r.minX), r.maxX),
  z: Math.min(Math.max(p.z, r.minZ), r.maxZ),
})

/** The centre of `r`. */
export const rectCenter = (r: Rect): Vec2 => ({ x: (r.minX + r.maxX) / 2, z: (r.minZ + r.maxZ) / 2 })

/** The smallest rectangle holding every one of `rects` (a zero rectangle when there are none). */
export function unionRects(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { minX: 0, minZ: 0, maxX: 0, maxZ: 0 }
  return {
    minX: Math.min(...rects.map((r) => r.minX)),
    minZ: Math.min(...rects.map((r) => r.minZ)),
    maxX: Math.max(...rects.map((r) => r.maxX)),
    maxZ: Math.max(...rects.map((r) => r.maxZ)),
  }
}

/** The point of segment `a`–`b` nearest to `p`. */
export function closestOnSegment(p: Vec2, a: Vec2, b: Vec2): Vec2 {
  const ab = sub(b, a)
  const len2 = dot(ab, ab)
  if (len2 === 0) return a
  const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / len2))
  return add(a, scale(ab, t))
}

/** A room's own axes: `u` runs along the wall with the door, `v` points from that wall into the room. */
export type Frame = { origin: Vec2; u: Vec2; v: Vec2 }

/** The plan point at (`u`, `v`) in `frame`, rounded to the millimetre. */
export function framePoint(frame: Frame, u: number, v: number): Vec2 {
  return {
    x: mm(frame.origin.x + frame.u.x * u + frame.v.x * v),
    z: mm(frame.origin.z + frame.u.z * u + frame.v.z * v),
  }
}

/** The plan direction of (`u`, `v`) in `frame`. */
export function frameDirection(frame: Frame, u: number, v: number): Vec2 {
  return { x: frame.u.x * u + frame.v.x * v + 0, z: frame.u.z * u + frame.v.z * v + 0 }
}
