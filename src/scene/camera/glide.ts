import type { Vec2 } from '../../layout/index.ts'
import { easeInOut, lerpAngle, smoothstep, wrapAngle, type Orientation } from './orientation.ts'

/** How a glide moves: average walking speed (m/s), turning speed on the spot (rad/s), how far ahead it looks (m). */
export type GlideOptions = { speed: number; turnSpeed: number; lookAhead: number; minDuration: number }

/** Close to a brisk walk: fast enough to cross a room in a few seconds, slow enough to see where one goes. */
export const DEFAULT_GLIDE: GlideOptions = { speed: 3, turnSpeed: 2, lookAhead: 2.5, minDuration: 0.35 }

/** A planned camera move along waypoints, from one orientation to another. */
export type Glide = {
  points: Vec2[]
  /** Distance walked from the first point to each point. */
  distances: number[]
  length: number
  /** Seconds from start to end. */
  duration: number
  from: Orientation
  to: Orientation
  lookAhead: number
  /** Metres over which the camera turns from `from` to the way it walks, and from that to `to`. */
  leave: number
  arrive: number
}

/** Where a glide has the camera at some moment. */
export type GlideSample = { x: number; z: number; yaw: number; pitch: number; done: boolean }

/** Plans a glide through `waypoints` (at least one), turning from `from` to `to`. */
export function planGlide(
  waypoints: readonly Vec2[],
  from: Orientation,
  to: Orientation,
  options: GlideOptions = DEFAULT_GLIDE,
): Glide {
  if (waypoints.length === 0) throw new Error('a glide needs at least one waypoint')
  const points = waypoints.map((p) => ({ x: p.x, z: p.z }))
  const distances = [0]
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    distances.push(distances[i - 1]! + Math.hypot(b.x - a.x, b.z - a.z))
  }
  const length = distances[distances.length - 1]!
  const turning = Math.abs(wrapAngle(to.yaw - from.yaw)) / options.turnSpeed
  // The ease tops out at 4/3 of its mean speed; the mean is what "walking speed" means here.
  const duration = Math.max(options.minDuration, length > 1e-6 ? length / options.speed : turning)
  const glide = { points, distances, length, duration, from, to, lookAhead: options.lookAhead, leave: 0, arrive: 0 }
  // The more the camera must turn, the longer the stretch it turns over: about a metre per radian.
  const la = options.lookAhead
  glide.leave = Math.min(length, la + Math.abs(wrapAngle(headingAt(glide, la / 2) - from.yaw)) * TURN_METRES)
  glide.arrive = Math.min(length, la + Math.abs(wrapAngle(to.yaw - headingAt(glide, length - la / 2))) * TURN_METRES)
  return glide
}

const TURN_METRES = 1.2

/** The way the path goes around `s`: the chord from `lookAhead` behind to `lookAhead` ahead. */
function headingAt(glide: Glide, s: number, fallback = glide.to.yaw): number {
  pointAt(glide, s - glide.lookAhead, behind)
  pointAt(glide, s + glide.lookAhead, ahead)
  const dx = ahead.x - behind.x
  const dz = ahead.z - behind.z
  return dx * dx + dz * dz > 1e-8 ? Math.atan2(-dx, -dz) : fallback
}

/** Writes into `out` the point `s` metres along the glide's polyline (clamped to its ends). */
function pointAt(glide: Glide, s: number, out: { x: number; z: number }): void {
  const { points, distances } = glide
  if (s <= 0 || points.length === 1) {
    out.x = points[0]!.x
    out.z = points[0]!.z
    return
  }
  let i = 1
  while (i < points.length - 1 && distances[i]! < s) i++
  const a = points[i - 1]!
  const b = points[i]!
  const span = distances[i]! - distances[i - 1]!
  const t = span > 0 ? Math.min(1, (s - distances[i - 1]!) / span) : 1
  out.x = a.x + (b.x - a.x) * t
  out.z = a.z + (b.z - a.z) * t
}

const ahead = { x: 0, z: 0 }
const behind = { x: 0, z: 0 }

/**
 * Writes into `out` where the camera is `elapsed` seconds into the glide. It eases in and out, looks where it goes
 * (along the path around it, so corners are rounded), and turns to the final orientation as it
 * arrives. Allocation-free: it is called every frame.
 */
export function sampleGlide(glide: Glide, elapsed: number, out: GlideSample): GlideSample {
  const { length, from, to } = glide
  const u = easeInOut(glide.duration > 0 ? elapsed / glide.duration : 1)
  out.done = elapsed >= glide.duration
  if (out.done) {
    pointAt(glide, length, out)
    out.yaw = to.yaw
    out.pitch = to.pitch
    return out
  }
  out.pitch = from.pitch + (to.pitch - from.pitch) * u
  if (length <= 1e-6) {
    pointAt(glide, 0, out)
    out.yaw = lerpAngle(from.yaw, to.yaw, u)
    return out
  }
  const s = u * length
  pointAt(glide, s, out)
  const heading = headingAt(glide, s)
  const leaving = lerpAngle(from.yaw, heading, smoothstep(s / glide.leave))
  out.yaw = wrapAngle(lerpAngle(leaving, to.yaw, smoothstep(1 - (length - s) / glide.arrive)))
  return out
}
