import type { Manifest } from '../manifest/index.ts'
import { add, frameDirection, framePoint, mm, rotationTowards, scale, type Frame } from './geometry.ts'
import { islandCapacity, islandsFor, type Islands } from './islands.ts'
import { cornerMargin } from './options.ts'
import type { LayoutOptions, Stand, Vec2, Wall } from './types.ts'

/** Défi ids per themed room, in visiting order; a défi listed twice (refused by the parser) keeps its first place. */
export function roomStandIds(manifest: Manifest): Map<string, string[]> {
  const seen = new Set<string>()
  const byRoom = new Map<string, string[]>()
  for (const room of manifest.rooms) {
    if (room.kind !== 'themed') continue
    const ids = room.stands.filter((id) => !seen.has(id))
    ids.forEach((id) => seen.add(id))
    byRoom.set(room.id, ids)
  }
  return byRoom
}

/** The smallest inner side of a room: two stands' viewing rings facing each other keep 3 m between them. */
export function minRoomSize(o: LayoutOptions): number {
  return Math.max(o.minRoomSize, 2 * (o.standWallOffset + o.viewDistance) + 3, 2 * cornerMargin(o))
}

/** Stand centres along a wall of inner length `length`: `standSpacing` apart, centred, clear of the corners. */
export function slotPositions(length: number, o: LayoutOptions): number[] {
  const count = Math.max(1, Math.floor((length - 2 * cornerMargin(o)) / o.standSpacing + 1e-9) + 1)
  const start = (length - (count - 1) * o.standSpacing) / 2
  return Array.from({ length: count }, (_, i) => start + i * o.standSpacing)
}

const wallFor = (slots: number, o: LayoutOptions): number =>
  Math.max(minRoomSize(o), 2 * cornerMargin(o) + (slots - 1) * o.standSpacing)

const wallCapacity = (length: number, depth: number, o: LayoutOptions) =>
  2 * (slotPositions(length, o).length + slotPositions(depth, o).length) - 1

/** The most a room may be longer than it is deep (or the reverse), so that it stays a hall, not a corridor. */
const MAX_ASPECT = 1.5

/**
 * The inner size of a themed room for `count` stands: `length` along its door wall, `depth` away from it, and its
 * islands. Up to `islandThreshold` stands, they all stand along the walls; above it, the smallest room whose walls and
 * islands (rows of stands back to back, aisles between them) hold them all.
 */
export function themedRoomSize(count: number, o: LayoutOptions): { length: number; depth: number; islands: Islands } {
  const none: Islands = { rows: [], columns: [] }
  if (count > o.islandThreshold) {
    let best: { length: number; depth: number; islands: Islands } | null = null
    const sides = Array.from({ length: Math.ceil(count / 2) + 2 }, (_, n) => wallFor(n + 1, o))
    for (const length of sides) {
      for (const depth of sides) {
        if (Math.max(length, depth) > MAX_ASPECT * Math.min(length, depth)) continue
        if (best && length * depth >= best.length * best.depth) continue
        const islands = islandsFor(length, depth, o)
        if (wallCapacity(length, depth, o) + islandCapacity(islands) >= count) best = { length, depth, islands }
      }
    }
    if (best) return best
  }
  // With k slots along the door wall and j along each side wall, the room holds 2(k + j) - 1: the door takes one.
  const sum = Math.max(2, Math.ceil((count + 1) / 2))
  const along = Math.floor(sum / 2)
  return { length: wallFor(along, o), depth: wallFor(sum - along, o), islands: none }
}

/** Where the door sits along a themed room's door wall: on the middle slot, so it takes exactly one stand's place. */
export function themedDoorPosition(length: number, o: LayoutOptions): number {
  const slots = slotPositions(length, o)
  return slots[Math.floor((slots.length - 1) / 2)]!
}

type Slot = { u: number; v: number; normal: [number, number] }

/** Every stand place of a room, walking round it from the door: along the door wall, then the far walls, then back. */
function slotsAround(length: number, depth: number, doorU: number, o: LayoutOptions): Slot[] {
  const off = o.standWallOffset
  const along = slotPositions(length, o)
  const across = slotPositions(depth, o)
  const clearOfDoor = (u: number) => Math.abs(u - doorU) >= o.standSpacing / 2
  return [
    ...along.filter((u) => u > doorU && clearOfDoor(u)).map((u): Slot => ({ u, v: off, normal: [0, 1] })),
    ...across.map((v): Slot => ({ u: length - off, v, normal: [-1, 0] })),
    ...[...along].reverse().map((u): Slot => ({ u, v: depth - off, normal: [0, -1] })),
    ...[...across].reverse().map((v): Slot => ({ u: off, v, normal: [1, 0] })),
    ...along.filter((u) => u < doorU && clearOfDoor(u)).map((u): Slot => ({ u, v: off, normal: [0, 1] })),
  ]
}

/** The places on the islands, row after row, each row's near side then its far side, turning back like a walk. */
function islandSlots(islands: Islands, o: LayoutOptions): Slot[] {
  const half = o.standDepth / 2
  return islands.rows.flatMap((v) => [
    ...islands.columns.map((u): Slot => ({ u, v: v - half, normal: [0, -1] })),
    ...[...islands.columns].reverse().map((u): Slot => ({ u, v: v + half, normal: [0, 1] })),
  ])
}

/** A themed room's stands, spread evenly over its places (the walls' first, then the islands'), facing out. */
export function placeStands(
  roomId: string,
  ids: readonly string[],
  room: { frame: Frame; length: number; depth: number; doorU: number; islands: Islands },
  firstOrder: number,
  o: LayoutOptions,
): Stand[] {
  const slots = [...slotsAround(room.length, room.depth, room.doorU, o), ...islandSlots(room.islands, o)]
  return ids.map((defiId, index) => {
    const slot = slots[Math.floor((index * slots.length) / ids.length)]!
    const position = framePoint(room.frame, slot.u, slot.v)
    const facing = frameDirection(room.frame, ...slot.normal)
    const front = add(position, scale(facing, o.viewDistance))
    return {
      defiId,
      roomId,
      index,
      order: firstOrder + index,
      position,
      rotationY: rotationTowards(facing),
      facing,
      front: { x: mm(front.x), z: mm(front.z) },
      size: { width: o.standWidth, depth: o.standDepth, height: o.standHeight },
    }
  })
}

/** A stand's footprint as a collider: a segment across its width, as thick as it is deep. */
export function standCollider(stand: Stand): Wall {
  const half: Vec2 = { x: (-stand.facing.z * stand.size.width) / 2, z: (stand.facing.x * stand.size.width) / 2 }
  return {
    a: add(stand.position, scale(half, -1)),
    b: add(stand.position, half),
    thickness: stand.size.depth,
  }
}
