import type { LocalizedText } from '../manifest/index.ts'

/** A point or direction on the floor plan, in metres: x to the right of the entrance, z towards it (-z is ahead). */
export type Vec2 = { x: number; z: number }

/** A point in the building, in metres; y is the height above the floor (y = 0). */
export type Vec3 = { x: number; y: number; z: number }

/** An axis-aligned rectangle on the plan. */
export type Rect = { minX: number; minZ: number; maxX: number; maxZ: number }

/** A segment that stops visitors: a wall (open at doors) or a stand's footprint; `thickness` is its full width. */
export type Wall = { a: Vec2; b: Vec2; thickness: number }

/** Where a camera is and the point it looks at. */
export type CameraPose = { position: Vec3; target: Vec3 }

/**
 * A flat panel (title sign, programme board, screen) centred on `position`; `rotationY` turns an object's local +z
 * (its front) towards `facing`, as three.js does.
 */
export type Panel = { position: Vec3; rotationY: number; facing: Vec2; width: number; height: number }

/** A doorway: a gap in the wall line between two rooms, from `a` to `b`. */
export type Door = {
  id: string
  /** The room on each side: the lobby first. */
  rooms: [string, string]
  a: Vec2
  b: Vec2
  center: Vec2
  /** Unit vector from `rooms[0]` into `rooms[1]`. */
  normal: Vec2
  width: number
  height: number
  /** A point a little inside each room, on the door's axis, from which the doorway is walked straight through. */
  approaches: [Vec2, Vec2]
}

/** The outer size of a stand, in metres. */
export type StandSize = { width: number; depth: number; height: number }

/** One défi's stand, placed along a wall of its room. */
export type Stand = {
  defiId: string
  roomId: string
  /** Position in its room's `stands` list. */
  index: number
  /** Position in the guided tour. */
  order: number
  position: Vec2
  /** Turns the stand's local +z (its front, the screen side) towards `facing`. */
  rotationY: number
  facing: Vec2
  /** Where a visitor stands to face it. */
  front: Vec2
  size: StandSize
}

/** What every room of the layout has. */
type RoomBase = {
  id: string
  title: LocalizedText
  themeColor: string
  /** True for a lobby the layout made up because the manifest has none. */
  synthesized: boolean
  /** The rectangle of its wall centre-lines. */
  bounds: Rect
  /** The floor between the inner faces of its walls. */
  interior: Rect
  /** A rectangle free of stands and walls, wide enough to walk in, where straight moves are always clear. */
  walkingArea: Rect
  /**
   * Every such rectangle of the room, `walkingArea` first: the aisles of a room with islands. Neighbouring ones
   * overlap, and together they reach every stand's front.
   */
  aisles: Rect[]
  height: number
  doorIds: string[]
  /** The room's name, above its door on the lobby side (in the lobby: above the programme board). */
  titleSign: Panel
}

/** The entrance hall, with the programme board; every other room opens onto it. */
export type LobbyRoom = RoomBase & { kind: 'lobby'; board: Panel }

/** A room of stands. */
export type ThemedRoom = RoomBase & { kind: 'themed'; standIds: string[] }

/** Where the auditorium's seats are, and the view from them. */
export type Seating = { bounds: Rect; rows: number; seatsPerRow: number; facing: Vec2; pose: CameraPose }

/** The room where recordings play on a large screen. */
export type AuditoriumRoom = RoomBase & { kind: 'auditorium'; screen: Panel; seating: Seating }

/** A room as laid out in the building. */
export type LayoutRoom = LobbyRoom | ThemedRoom | AuditoriumRoom

/** One stop of the guided tour. */
export type TourStep = {
  index: number
  defiId: string
  roomId: string
  pose: CameraPose
  /** Plan points from the previous stop (or the spawn point) to this stop's front, through doorways. */
  waypoints: Vec2[]
}

/** Sizes the layout is built with (metres). */
export type LayoutOptions = {
  standSpacing: number
  standWallOffset: number
  viewDistance: number
  standWidth: number
  standDepth: number
  standHeight: number
  eyeHeight: number
  visitorRadius: number
  wallThickness: number
  wallHeight: number
  doorWidth: number
  doorHeight: number
  lobbyWidth: number
  entranceLength: number
  minRoomSize: number
  auditoriumWidth: number
  auditoriumDepth: number
  /** Above this many stands, a room gets islands of stands back to back, with aisles, not only stands on its walls. */
  islandThreshold: number
}

/** What navigation needs to know about the building. */
export type Plan = {
  options: LayoutOptions
  rooms: LayoutRoom[]
  doors: Door[]
  colliders: Wall[]
}

/** The whole building computed from a manifest. */
export type Layout = Plan & {
  /** Rooms: the lobby first, then the manifest's order. */
  rooms: LayoutRoom[]
  /** Stands in guided-tour order. */
  stands: Stand[]
  /** The building's walls, doorways left open. */
  walls: Wall[]
  /** `walls` followed by one footprint per stand: what `collide` should be given. */
  colliders: Wall[]
  tour: TourStep[]
  /** Where a visitor arrives: in the lobby, looking down the hall. */
  spawn: CameraPose
  bounds: Rect
}
