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

/** Points leading from `p` into its room's walking area, where straight moves are clear; empty when already there. */
function escape(plan: Plan, room: LayoutRoom, p: Vec2): Vec2[] {
  const { colliders, options } = plan
  const area = room.walkingArea
  if (rectContains(area, p)) return []
  const out = clampToRect(area, p)
  const radius = options.visitorRadius
  if (isClear(p, out, colliders, radius)) return [out]
  // Behind or beside a stand: slide along the nearest wall to a gap first, then walk out.
  const i = room.interior
  const alongX = Math.min(p.z - i.minZ, i.maxZ - p.z) < Math.min(p.x - i.minX, i.maxX - p.x)
  for (let shift = 0.25; shift <= 2 * options.standSpacing; shift += 0.25) {
    for (const sign of [1, -1]) {
      const side = alongX ? { x: p.x + sign * shift, z: p.z } : { x: p.x, z: p.z + sign * shift }
      const free = clampToRect(area, side)
      if (isClear(p, side, colliders, radius) && isClear(side, free, colliders, radius)) return [side, free]
    }
  }
  return [out]
}

/**
 * Waypoints from `from` to `to` (both included) that a visitor can walk or a camera glide along: out into the room's
 * walking area, straight to the doorway, through it on its axis, and on to the destination.
 */
export function path(plan: Plan, from: Vec2, to: Vec2): Vec2[] {
  const start = homeOf(plan, from)
  const end = homeOf(plan, to)
  const radius = plan.options.visitorRadius
  let points: Vec2[]
  if (start === end && isClear(from, to, plan.colliders, radius)) points = [from, to]
  else {
    const through = doorRoute(plan, start.id, end.id).flatMap(({ door, fromSide }) => [
      door.approaches[fromSide],
      door.center,
      door.approaches[1 - fromSide]!,
    ])
    const back = escape(plan, end, to).reverse()
    points = [from, ...escape(plan, start, from), ...through, ...back, to]
  }
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
