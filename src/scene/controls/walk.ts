import { collide, type Wall } from '../../layout/index.ts'
import { wrapAngle } from '../camera/orientation.ts'
import type { MoveIntent } from './keys.ts'

/** The visitor's place and heading, changed in place every frame. */
export type Walker = { x: number; z: number; yaw: number; pitch: number }

/** Walking pace (m/s) and turning pace (rad/s) under the keys. */
export type WalkSpeeds = { walk: number; turn: number }

/** A stroll: about 2.5 m/s forward, a full turn in about 3.5 s. */
export const DEFAULT_WALK: WalkSpeeds = { walk: 2.5, turn: 1.8 }

/** The steepest the visitor may look up or down (rad), short of the vertical where yaw stops making sense. */
export const PITCH_LIMIT = 1.2

/**
 * Moves `walker` by one frame of `intent` over `dt` seconds: it turns, then walks, sliding along whatever wall it
 * meets. Returns true when it moved or turned.
 */
export function walkStep(
  walker: Walker,
  intent: MoveIntent,
  dt: number,
  walls: readonly Wall[],
  radius: number,
  speeds: WalkSpeeds = DEFAULT_WALK,
): boolean {
  // A long frame (a tab brought back, a slow phone) must not turn into a leap.
  const step = Math.min(dt, 0.1)
  const turned = intent.turn !== 0
  if (turned) walker.yaw = wrapAngle(walker.yaw + intent.turn * speeds.turn * step)
  if (intent.forward === 0 && intent.strafe === 0) return turned
  const sin = Math.sin(walker.yaw)
  const cos = Math.cos(walker.yaw)
  // Diagonals are no faster than straight lines.
  const norm = Math.max(1, Math.hypot(intent.forward, intent.strafe))
  const distance = (speeds.walk * step) / norm
  const dx = (-sin * intent.forward + cos * intent.strafe) * distance
  const dz = (-cos * intent.forward - sin * intent.strafe) * distance
  const to = collide({ x: walker.x, z: walker.z }, { x: walker.x + dx, z: walker.z + dz }, walls, radius)
  const moved = to.x !== walker.x || to.z !== walker.z
  walker.x = to.x
  walker.z = to.z
  return moved || turned
}

/** Turns and tilts the walker's gaze by a drag of `dx`, `dy` pixels on a view `height` pixels tall. */
export function look(walker: Walker, dx: number, dy: number, height: number, fovRadians: number): void {
  const perPixel = fovRadians / Math.max(1, height)
  walker.yaw = wrapAngle(walker.yaw + dx * perPixel)
  walker.pitch = Math.max(-PITCH_LIMIT, Math.min(PITCH_LIMIT, walker.pitch + dy * perPixel))
}
