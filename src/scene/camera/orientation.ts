import type { Vec2, Vec3 } from '../../layout/index.ts'

/**
 * Which way the camera looks, as three.js's `YXZ` Euler angles: `yaw` turns left from -z (the way into the building),
 * `pitch` looks up from the horizon.
 */
export type Orientation = { yaw: number; pitch: number }

/** The angle brought into (-π, π]. */
export function wrapAngle(angle: number): number {
  const turns = Math.round(angle / (2 * Math.PI))
  const wrapped = angle - turns * 2 * Math.PI
  return wrapped <= -Math.PI ? wrapped + 2 * Math.PI : wrapped
}

/** From `a` towards `b` by the fraction `t`, the short way round. */
export function lerpAngle(a: number, b: number, t: number): number {
  return a + wrapAngle(b - a) * t
}

/** The yaw that faces along the plan direction `d`. */
export function yawAlong(d: Vec2): number {
  return Math.atan2(-d.x, -d.z)
}

/** The orientation of a camera at `from` looking at `to`. */
export function orientationTowards(from: Vec3, to: Vec3): Orientation {
  const dx = to.x - from.x
  const dz = to.z - from.z
  return { yaw: yawAlong({ x: dx, z: dz }), pitch: Math.atan2(to.y - from.y, Math.hypot(dx, dz)) }
}

/** The unit plan vector a camera with this yaw walks along when it goes forward. */
export function forwardOf(yaw: number): Vec2 {
  return { x: -Math.sin(yaw), z: -Math.cos(yaw) }
}

/**
 * Speeds up, walks steadily, slows down: the share of the way covered at time `t` (both in [0, 1]), with constant
 * acceleration over the first and last `ramp` of the time. Its top speed is only 1 / (1 - ramp) times the mean, so
 * corners are not taken at a run.
 */
export function easeInOut(t: number, ramp = 0.25): number {
  const u = Math.min(1, Math.max(0, t))
  const top = 1 / (1 - ramp)
  if (u < ramp) return (top * u * u) / (2 * ramp)
  if (u > 1 - ramp) return 1 - (top * (1 - u) * (1 - u)) / (2 * ramp)
  return top * (u - ramp / 2)
}

/** A smooth 0-to-1 step over [0, 1], flat at both ends. */
export function smoothstep(t: number): number {
  const u = Math.min(1, Math.max(0, t))
  return u * u * (3 - 2 * u)
}
