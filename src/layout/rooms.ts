import type { Manifest, Room } from '../manifest/index.ts'
import { frameDirection, framePoint, insetRect, mm, type Frame } from './geometry.ts'
import { auditoriumScreen, auditoriumSeating, doorSign, lobbySign, programmeBoard } from './furniture.ts'
import { standBand } from './options.ts'
import { lanes, type FrameRect, type Islands } from './islands.ts'
import { themedDoorPosition, themedRoomSize } from './stands.ts'
import type { Door, LayoutOptions, LayoutRoom, LobbyRoom, Rect } from './types.ts'

/** A room's axes and inner size, which stands and doors are placed by. */
export type RoomFrame = { frame: Frame; length: number; depth: number; doorU: number; islands: Islands }

/** The rooms and doors of the building, with each room's frame (the lobby has none). */
export type RoomPlan = { rooms: LayoutRoom[]; doors: Door[]; frames: Map<string, RoomFrame> }

type Placed = RoomFrame & { room: Room; bounds: Rect }

const NO_ISLANDS: Islands = { rows: [], columns: [] }

/** A rectangle of a room's frame on the plan. */
function onPlan(frame: Frame, r: FrameRect): Rect {
  const a = framePoint(frame, r.u0, r.v0)
  const b = framePoint(frame, r.u1, r.v1)
  return { minX: Math.min(a.x, b.x), minZ: Math.min(a.z, b.z), maxX: Math.max(a.x, b.x), maxZ: Math.max(a.z, b.z) }
}

/** The manifest's lobby, or one made up with an id no other room uses. */
function findLobby(manifest: Manifest): { lobby: Room; synthesized: boolean } {
  const lobby = manifest.rooms.find((r) => r.kind === 'lobby')
  if (lobby) return { lobby, synthesized: false }
  const taken = new Set(manifest.rooms.map((r) => r.id))
  let id = 'lobby'
  for (let n = 2; taken.has(id); n++) id = `lobby-${n}`
  const title = { fr: 'Accueil', en: 'Lobby' }
  return { lobby: { id, title, kind: 'lobby', themeColor: '#000091', stands: [] }, synthesized: true }
}

/**
 * Lays the rooms out: the lobby is a hall running from the entrance (z = 0) towards -z; the other rooms line both
 * sides of it, each on the side with less frontage so far, and the first auditorium closes the far end.
 */
export function planRooms(manifest: Manifest, stands: Map<string, string[]>, o: LayoutOptions): RoomPlan {
  const t = o.wallThickness
  const half = mm(o.lobbyWidth / 2 + t / 2)
  const { lobby, synthesized } = findLobby(manifest)
  const others = manifest.rooms.filter((r) => r !== lobby)
  const end = others.find((r) => r.kind === 'auditorium')
  const cursor = { right: -o.entranceLength, left: -o.entranceLength }
  const placed: Placed[] = []
  for (const room of others) {
    if (room === end) continue
    const auditorium = room.kind === 'auditorium'
    const size = auditorium
      ? { length: o.auditoriumWidth, depth: o.auditoriumDepth, islands: NO_ISLANDS }
      : themedRoomSize(stands.get(room.id)?.length ?? 0, o)
    const side = cursor.right >= cursor.left ? 'right' : 'left'
    const maxZ = cursor[side]
    const minZ = mm(maxZ - size.length - t)
    cursor[side] = minZ
    const outer = mm(half + size.depth + t)
    const bounds =
      side === 'right' ? { minX: half, minZ, maxX: outer, maxZ } : { minX: -outer, minZ, maxX: -half, maxZ }
    const inner = insetRect(bounds, t / 2)
    const frame: Frame = {
      origin: { x: side === 'right' ? inner.minX : inner.maxX, z: inner.maxZ },
      u: { x: 0, z: -1 },
      v: { x: side === 'right' ? 1 : -1, z: 0 },
    }
    const doorU = auditorium ? size.length / 2 : themedDoorPosition(size.length, o)
    placed.push({ room, bounds, frame, ...size, doorU })
  }
  const lobbyBounds = { minX: -half, minZ: Math.min(cursor.right, cursor.left), maxX: half, maxZ: 0 }
  if (end) {
    const w = mm(o.auditoriumWidth / 2 + t / 2)
    const bounds = { minX: -w, minZ: mm(lobbyBounds.minZ - o.auditoriumDepth - t), maxX: w, maxZ: lobbyBounds.minZ }
    const inner = insetRect(bounds, t / 2)
    const frame: Frame = { origin: { x: inner.minX, z: inner.maxZ }, u: { x: 1, z: 0 }, v: { x: 0, z: -1 } }
    const length = o.auditoriumWidth
    placed.push({ room: end, bounds, frame, length, depth: o.auditoriumDepth, doorU: length / 2, islands: NO_ISLANDS })
  }
  placed.sort((a, b) => others.indexOf(a.room) - others.indexOf(b.room))

  const doors = placed.map((p) => makeDoor(lobby.id, p, o))
  const lobbyRoom = makeLobby(lobby, synthesized, lobbyBounds, doors, o)
  const frames = new Map(
    placed.map((p) => [
      p.room.id,
      { frame: p.frame, length: p.length, depth: p.depth, doorU: p.doorU, islands: p.islands },
    ]),
  )
  return { rooms: [lobbyRoom, ...placed.map((p, i) => makeRoom(p, doors[i]!, stands, o))], doors, frames }
}

function makeDoor(lobbyId: string, p: Placed, o: LayoutOptions): Door {
  const wall = -o.wallThickness / 2
  const inside = p.room.kind === 'themed' ? o.standWallOffset + o.viewDistance : 2
  return {
    id: `${lobbyId}--${p.room.id}`,
    rooms: [lobbyId, p.room.id],
    a: framePoint(p.frame, p.doorU - o.doorWidth / 2, wall),
    b: framePoint(p.frame, p.doorU + o.doorWidth / 2, wall),
    center: framePoint(p.frame, p.doorU, wall),
    normal: frameDirection(p.frame, 0, 1),
    width: o.doorWidth,
    height: o.doorHeight,
    approaches: [
      framePoint(p.frame, p.doorU, wall - Math.min(1.5, o.lobbyWidth / 2)),
      framePoint(p.frame, p.doorU, inside),
    ],
  }
}

function makeLobby(room: Room, synthesized: boolean, bounds: Rect, doors: Door[], o: LayoutOptions): LobbyRoom {
  const interior = insetRect(bounds, o.wallThickness / 2)
  const board = programmeBoard(interior, o)
  const walkingArea = insetRect(interior, 1)
  return {
    ...common(room, bounds, o),
    kind: 'lobby',
    synthesized,
    walkingArea,
    aisles: [walkingArea],
    doorIds: doors.map((d) => d.id),
    titleSign: lobbySign(board, o),
    board,
  }
}

function makeRoom(p: Placed, door: Door, stands: Map<string, string[]>, o: LayoutOptions): LayoutRoom {
  const base = { ...common(p.room, p.bounds, o), synthesized: false, doorIds: [door.id] }
  const titleSign = doorSign(p.frame, p.length, p.doorU, o)
  if (p.room.kind === 'auditorium') {
    const screen = auditoriumScreen(p.frame, p.length, p.depth, o)
    const seating = auditoriumSeating(p.frame, p.length, p.depth, screen, o)
    const walkingArea = insetRect(base.interior, 1)
    return { ...base, kind: 'auditorium', walkingArea, aisles: [walkingArea], titleSign, screen, seating }
  }
  // A second lobby (the parser refuses it) is laid out as an empty themed room.
  const aisles = p.islands.rows.length
    ? lanes(p.length, p.depth, p.islands, o).map((r) => onPlan(p.frame, r))
    : [insetRect(base.interior, standBand(o))]
  const standIds = stands.get(p.room.id) ?? []
  return { ...base, kind: 'themed', walkingArea: aisles[0]!, aisles, titleSign, standIds }
}

function common(room: Room, bounds: Rect, o: LayoutOptions) {
  const interior = insetRect(bounds, o.wallThickness / 2)
  return { id: room.id, title: room.title, themeColor: room.themeColor, bounds, interior, height: o.wallHeight }
}
