import { add, closestOnSegment, distance, dot, length, scale, sub } from './geometry.ts'
import type { Vec2, Wall } from './types.ts'

/** How far from a wall a stopped visitor is left, so that the next move does not start touching it. */
const SKIN = 1e-4
/** Contacts found while sliding; a visitor wedged in a corner stops after this many. */
const MAX_SLIDES = 4

type Hit = { t: number; normal: Vec2 }

/** The earliest contact of a circle of radius `reach` moving from `p` by `d` with a round-ended segment, if any. */
function sweep(p: Vec2, d: Vec2, wall: Wall, reach: number): Hit | null {
  const { a, b } = wall
  const nearest = closestOnSegment(p, a, b)
  const gap = distance(p, nearest)
  if (gap < reach) {
    // Already overlapping (it only happens to a start inside a wall): moving out is free, moving in is not.
    const away = gap > 0 ? scale(sub(p, nearest), 1 / gap) : segmentNormal(a, b, d)
    return dot(d, away) < 0 ? { t: 0, normal: away } : null
  }
  let best: Hit | null = null
  const ab = sub(b, a)
  const len = length(ab)
  if (len > 0) {
    const along = scale(ab, 1 / len)
    const side: Vec2 = { x: -along.z, z: along.x }
    const s0 = dot(sub(p, a), side)
    const speed = dot(d, side)
    if (s0 * speed < 0) {
      const t = (Math.abs(s0) - reach) / Math.abs(speed)
      const at = dot(sub(add(p, scale(d, t)), a), along)
      if (t >= 0 && t <= 1 && at >= 0 && at <= len) best = { t, normal: scale(side, Math.sign(s0)) }
    }
  }
  for (const end of [a, b]) {
    const m = sub(p, end)
    const dd = dot(d, d)
    const half = dot(m, d)
    const disc = half * half - dd * (dot(m, m) - reach * reach)
    if (dd === 0 || half >= 0 || disc < 0) continue
    const t = (-half - Math.sqrt(disc)) / dd
    if (t <= 1 && (!best || t < best.t)) {
      const touch = sub(add(p, scale(d, t)), end)
      best = { t, normal: scale(touch, 1 / length(touch)) }
    }
  }
  return best
}

function segmentNormal(a: Vec2, b: Vec2, d: Vec2): Vec2 {
  const ab = sub(b, a)
  const len = length(ab) || 1
  const side = { x: -ab.z / len, z: ab.x / len }
  return dot(side, d) > 0 ? scale(side, -1) : side
}

/** The first wall a visitor of `radius` meets moving straight from `from` to `to`, as a fraction of the move. */
export function firstHit(from: Vec2, to: Vec2, walls: readonly Wall[], radius: number): Hit | null {
  const d = sub(to, from)
  let best: Hit | null = null
  for (const wall of walls) {
    const hit = sweep(from, d, wall, radius + wall.thickness / 2)
    if (hit && (!best || hit.t < best.t)) best = hit
  }
  return best
}

/** True when a visitor of `radius` can walk straight from `from` to `to` without touching a wall. */
export function isClear(from: Vec2, to: Vec2, walls: readonly Wall[], radius: number): boolean {
  return firstHit(from, to, walls, radius) === null
}

/** True when a visitor of `radius` at `p` overlaps no wall. */
export function isFree(p: Vec2, walls: readonly Wall[], radius: number): boolean {
  return walls.every((w) => distance(p, closestOnSegment(p, w.a, w.b)) >= radius + w.thickness / 2 - 1e-9)
}

/** `p` pushed out of any wall it overlaps. */
function pushOut(p: Vec2, walls: readonly Wall[], radius: number): Vec2 {
  let q = p
  for (let round = 0; round < MAX_SLIDES; round++) {
    for (const w of walls) {
      const nearest = closestOnSegment(q, w.a, w.b)
      const gap = distance(q, nearest)
      const reach = radius + w.thickness / 2
      if (gap >= reach) continue
      const away = gap > 0 ? scale(sub(q, nearest), 1 / gap) : segmentNormal(w.a, w.b, { x: 0, z: 0 })
      q = add(nearest, scale(away, reach + SKIN))
    }
  }
  return q
}

/**
 * Where a visitor (a circle of `radius`) moving from `from` towards `to` ends up: as far along the move as the walls
 * allow, sliding along any wall it meets instead of stopping dead. It never crosses a wall, however long the move.
 */
export function collide(from: Vec2, to: Vec2, walls: readonly Wall[], radius = 0.3): Vec2 {
  let position = pushOut(from, walls, radius)
  let move = sub(to, position)
  for (let slide = 0; slide < MAX_SLIDES && length(move) > 1e-9; slide++) {
    const hit = firstHit(position, add(position, move), walls, radius)
    if (!hit) {
      const end = add(position, move)
      return isFree(end, walls, radius) ? end : position
    }
    const contact = add(add(position, scale(move, Math.max(0, hit.t))), scale(hit.normal, SKIN))
    if (!isFree(contact, walls, radius)) return position
    position = contact
    const rest = scale(move, 1 - Math.max(0, hit.t))
    move = sub(rest, scale(hit.normal, dot(rest, hit.normal)))
  }
  return position
}
