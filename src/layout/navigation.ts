import { isClear } from './collide.ts'
import { clampToRect, distance, dot, length, mm, rectContains, rectCenter, samePoint, sub } from './geometry.ts'
import type { CameraPose, Door, Layout, LayoutOptions, LayoutRoom, Plan, Rect, Stand, Vec2 } from './types.ts'

/** The room whose walls enclose `point` (on a shared wall, the first in layout order, so the lobby), or null. */
export function roomAt(layout: Pick<Plan, 'rooms'>, point: Vec2): LayoutRoom | null {
  return layout.rooms.find((r) => rectContains(r.bounds, point)) ?? null
}

const outside = (r: Rect, p: Vec2) =>
  Math.hypot(Math.max(r.minX - p.x, 0, p.x - r.maxX), Math.max(r.minZ - p.z, 0, p.z - r.maxZ))

/** The room holding `point`, or the nearest one when it is outside the building. */
function homeOf(plan: Plan, point: Vec2): LayoutRoom {
  const inside = roomAt(plan, point)
  if (inside) return inside
  const byDistance = [...plan.rooms].sort((a, b) => outside(a.bounds, point) - outside(b.bounds, point))
  return byDistance[0]!
}

/** The doors to go through from one room to another, each with the side it is walked from (breadth-first). */
function doorRoute(plan: Plan, from: string, to: string): { door: Door; fromSide: 0 | 1 }[] {
  const previous = new Map<string, { room: string; door: Door; fromSide: 0 | 1 }>()
  const queue = [from]
  const seen = new Set(queue)
  while (queue.length > 0 && !seen.has(to)) {
    const room = queue.shift()!
    for (const door of plan.doors) {
      const side = door.rooms.indexOf(room)
      if (side < 0) continue
      const next = door.rooms[1 - side]!
      if (seen.has(next)) continue
      seen.add(next)
      previous.set(next, { room, door, fromSide: side as 0 | 1 })
      queue.push(next)
    }
  }
  const route: { door: Door; fromSide: 0 | 1 }[] = []
  for (let at = to; previous.has(at); at = previous.get(at)!.room) {
    const step = previous.get(at)!
    route.unshift({ door: step.door, fromSide: step.fromSide })
  }
  return route
}

/** The aisle of `room` holding `p`, or -1. */
const aisleOf = (room: LayoutRoom, p: Vec2) => room.aisles.findIndex((a) => rectContains(a, p))

/**
 * Points leading from `p` into one of its room's aisles, where straight moves are clear, and that aisle's index;
 * no points when `p` is already in one.
 */
function escape(plan: Plan, room: LayoutRoom, p: Vec2): { points: Vec2[]; aisle: number } {
  const inside = aisleOf(room, p)
  if (inside >= 0) return { points: [], aisle: inside }
  const radius = plan.options.visitorRadius
  const clear = (a: Vec2, b: Vec2) => isClear(a, b, plan.colliders, radius)
  const byDistance = room.aisles
    .map((area, aisle) => ({ aisle, out: clampToRect(area, p) }))
    .sort((a, b) => distance(a.out, p) - distance(b.out, p))
  const straight = byDistance.find(({ out }) => clear(p, out))
  if (straight) return { points: [straight.out], aisle: straight.aisle }
  // Behind or beside a stand: slide along the nearest wall to a gap first, then walk out.
  const i = room.interior
  const alongX = Math.min(p.z - i.minZ, i.maxZ - p.z) < Math.min(p.x - i.minX, i.maxX - p.x)
  for (let shift = 0.25; shift <= 2 * plan.options.standSpacing; shift += 0.25) {
    for (const sign of [1, -1]) {
      const side = alongX ? { x: p.x + sign * shift, z: p.z } : { x: p.x, z: p.z + sign * shift }
      if (!clear(p, side)) continue
      for (const { aisle } of byDistance) {
        const free = clampToRect(room.aisles[aisle]!, side)
        if (clear(side, free)) return { points: [side, free], aisle }
      }
    }
  }
  return { points: [byDistance[0]!.out], aisle: byDistance[0]!.aisle }
}

const overlap = (a: Rect, b: Rect): Rect | null => {
  const r = {
    minX: Math.max(a.minX, b.minX),
    minZ: Math.max(a.minZ, b.minZ),
    maxX: Math.min(a.maxX, b.maxX),
    maxZ: Math.min(a.maxZ, b.maxZ),
  }
  return r.minX <= r.maxX && r.minZ <= r.maxZ ? r : null
}

/** The points where to pass from aisle `from` to aisle `to` (the middles of their shared parts), shortest first. */
function throughAisles(room: LayoutRoom, from: number, to: number, start: Vec2): Vec2[] {
  if (from === to) return []
  // Dijkstra over the aisles; a step costs the walk to the middle of the two aisles' shared part.
  const best = new Map<number, { cost: number; at: Vec2; via: number; point: Vec2 | null }>([
    [from, { cost: 0, at: start, via: -1, point: null }],
  ])
  const done = new Set<number>()
  while (!done.has(to)) {
    let current = -1
    for (const [k, v] of best) if (!done.has(k) && (current < 0 || v.cost < best.get(current)!.cost)) current = k
    if (current < 0) return []
    done.add(current)
    const here = best.get(current)!
    room.aisles.forEach((aisle, next) => {
      const shared = done.has(next) ? null : overlap(room.aisles[current]!, aisle)
      if (!shared) return
      const point = { x: mm((shared.minX + shared.maxX) / 2), z: mm((shared.minZ + shared.maxZ) / 2) }
      const cost = here.cost + distance(here.at, point)
      if (cost < (best.get(next)?.cost ?? Infinity)) best.set(next, { cost, at: point, via: current, point })
    })
  }
  const points: Vec2[] = []
  for (let k = to; k !== from; k = best.get(k)!.via) points.unshift(best.get(k)!.point!)
  return points
}

/** Drops the waypoints that a straight, clear walk can skip. */
function straighten(plan: Plan, points: Vec2[]): Vec2[] {
  const radius = plan.options.visitorRadius
  const out = [points[0]!]
  let k = 0
  while (k < points.length - 1) {
    let far = k + 1
    for (let j = points.length - 1; j > k + 1; j--) {
      if (isClear(points[k]!, points[j]!, plan.colliders, radius)) {
        far = j
        break
      }
    }
    out.push(points[far]!)
    k = far
  }
  return out
}

/** Waypoints inside one room from `from` to `to` (`to` included, `from` not): out into the aisles, along them, in. */
function within(plan: Plan, room: LayoutRoom, from: Vec2, to: Vec2): Vec2[] {
  if (isClear(from, to, plan.colliders, plan.options.visitorRadius)) return [to]
  const out = escape(plan, room, from)
  const back = escape(plan, room, to)
  const start = out.points.at(-1) ?? from
  const points = [
    from,
    ...out.points,
    ...throughAisles(room, out.aisle, back.aisle, start),
    ...back.points.reverse(),
    to,
  ]
  return straighten(plan, points).slice(1)
}

/**
 * Waypoints from `from` to `to` (both included) that a visitor can walk or a camera glide along: out into the room's
 * aisles, along them to the doorway, through it on its axis, and on through the next room's aisles to the destination.
 */
export function path(plan: Plan, from: Vec2, to: Vec2): Vec2[] {
  const start = homeOf(plan, from)
  const end = homeOf(plan, to)
  const points: Vec2[] = [from]
  let at = from
  let room = start
  for (const { door, fromSide } of start === end ? [] : doorRoute(plan, start.id, end.id)) {
    points.push(...within(plan, room, at, door.approaches[fromSide]), door.center, door.approaches[1 - fromSide]!)
    at = door.approaches[1 - fromSide]!
    room = plan.rooms.find((r) => r.id === door.rooms[1 - fromSide])!
  }
  points.push(...within(plan, room, at, to))
  return points.filter((p, k) => k === 0 || !samePoint(p, points[k - 1]!))
}

/** The camera pose in front of a stand: at eye height on its front point, looking at the middle of its screen. */
export function poseFor(stand: Stand, o: Pick<LayoutOptions, 'eyeHeight'>): CameraPose {
  return {
    position: { x: stand.front.x, y: o.eyeHeight, z: stand.front.z },
    target: { x: stand.position.x, y: mm(Math.min(o.eyeHeight, stand.size.height * 0.65)), z: stand.position.z },
  }
}

/** The camera pose in front of a défi's stand, or null when it has none. */
export function standPose(layout: Layout, defiId: string): CameraPose | null {
  const stand = layout.stands.find((s) => s.defiId === defiId)
  return stand ? poseFor(stand, layout.options) : null
}

/** The next stand of the tour; the first one when `currentDefiId` is null or unknown, null after the last. */
export function nextStand(layout: Layout, currentDefiId: string | null): Stand | null {
  const at = layout.stands.findIndex((s) => s.defiId === currentDefiId)
  return layout.stands[at + 1] ?? null
}

/** The previous stand of the tour; null before the first, or when `currentDefiId` is null or unknown. */
export function previousStand(layout: Layout, currentDefiId: string | null): Stand | null {
  const at = layout.stands.findIndex((s) => s.defiId === currentDefiId)
  return at > 0 ? layout.stands[at - 1]! : null
}

/** The next room in layout order (the lobby first); the lobby when `roomId` is null or unknown, null after the last. */
export function nextRoom(layout: Pick<Plan, 'rooms'>, roomId: string | null): LayoutRoom | null {
  const at = layout.rooms.findIndex((r) => r.id === roomId)
  return layout.rooms[at + 1] ?? null
}

/**
 * The stand nearest to `point` in the same room. With `facing`, only stands within 60° of that direction count,
 * so that it is the stand being looked at; null when there is none.
 */
export function nearestStand(layout: Layout, point: Vec2, facing?: Vec2): Stand | null {
  const room = roomAt(layout, point)
  const cone = Math.cos(Math.PI / 3)
  let best: Stand | null = null
  for (const stand of layout.stands) {
    if (room && stand.roomId !== room.id) continue
    const toward = sub(stand.position, point)
    const far = length(toward)
    if (facing && far > 0 && dot(toward, facing) < cone * far * length(facing)) continue
    if (!best || far < distance(best.position, point)) best = stand
  }
  return best
}

/** The centre of a room, handy to aim a camera or a minimap label at. */
export const roomCenter = (room: LayoutRoom): Vec2 => rectCenter(room.interior)
