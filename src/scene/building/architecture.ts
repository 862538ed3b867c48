import type { BufferGeometry } from 'three'
import type { Door, Layout, LayoutRoom, Rect, Vec2, Wall } from '../../layout/index.ts'
import type { Rgb } from '../colour.ts'
import { face, MeshBuilder, type Face } from './meshBuilder.ts'
import { OUTSIDE, roomPalette, type RoomPalette } from './palette.ts'

const FRIEZE = 0.5
const SKIRTING = 0.12
const TRIM = 0.14
const EPS = 1e-6
/** The side of a floor tile, in metres. */
const TILE = 1.5
/** The most tiles along a room's side. */
const MAX_TILES = 24

type Axis = 'x' | 'z'
type Piece = {
  along: Axis
  at: number
  from: number
  to: number
  bottom: number
  top: number
  /** Whether each end is seen: a wall's end at a doorway is; a cut between rooms or a corner is not. */
  caps: [boolean, boolean]
}

function roomAt(rooms: readonly LayoutRoom[], p: Vec2): LayoutRoom | null {
  return (
    rooms.find((r) => p.x > r.bounds.minX && p.x < r.bounds.maxX && p.z > r.bounds.minZ && p.z < r.bounds.maxZ) ?? null
  )
}

/** Cuts [from, to] at every room corner on the way, so that each piece has one room on each side. */
function splitPoints(rooms: readonly LayoutRoom[], along: Axis, from: number, to: number): number[] {
  const cuts = new Set<number>([from, to])
  for (const { bounds: b } of rooms) {
    for (const c of along === 'x' ? [b.minX, b.maxX] : [b.minZ, b.maxZ]) if (c > from + EPS && c < to - EPS) cuts.add(c)
  }
  return [...cuts].sort((a, b) => a - b)
}

const touches = (p: Vec2, doors: readonly Door[]) =>
  doors.some((d) => Math.hypot(d.a.x - p.x, d.a.z - p.z) < EPS || Math.hypot(d.b.x - p.x, d.b.z - p.z) < EPS)

/** A wall run as boxes: lengthened by half its thickness where it meets a corner, not where it ends at a doorway. */
function wallPieces(wall: Wall, doors: readonly Door[], rooms: readonly LayoutRoom[], height: number): Piece[] {
  const along: Axis = Math.abs(wall.a.z - wall.b.z) < EPS ? 'x' : 'z'
  const at = along === 'x' ? wall.a.z : wall.a.x
  const [p, q] = (along === 'x' ? wall.a.x <= wall.b.x : wall.a.z <= wall.b.z) ? [wall.a, wall.b] : [wall.b, wall.a]
  const half = wall.thickness / 2
  const [atDoorP, atDoorQ] = [touches(p, doors), touches(q, doors)]
  const from = (along === 'x' ? p.x : p.z) - (atDoorP ? 0 : half)
  const to = (along === 'x' ? q.x : q.z) + (atDoorQ ? 0 : half)
  const cuts = splitPoints(rooms, along, from, to)
  const last = cuts.length - 2
  return cuts.slice(1).map((end, i) => ({
    along,
    at,
    from: cuts[i]!,
    to: end,
    bottom: 0,
    top: height,
    caps: [i === 0 && atDoorP, i === last && atDoorQ] as [boolean, boolean],
  }))
}

/** The box of a wall piece and the room seen from each of its two long sides. */
function paintPiece(
  b: MeshBuilder,
  piece: Piece,
  thickness: number,
  rooms: readonly LayoutRoom[],
  soffit: Face = face(OUTSIDE, 0.85),
) {
  const { along, at, from, to, bottom, top, caps } = piece
  const half = thickness / 2
  const mid = (from + to) / 2
  const probe = (sign: number): Vec2 =>
    along === 'x' ? { x: mid, z: at + sign * (half + 0.05) } : { x: at + sign * (half + 0.05), z: mid }
  const sides = [-1, 1].map((sign) => roomAt(rooms, probe(sign)))
  const min = (y0: number): [number, number, number] => (along === 'x' ? [from, y0, at - half] : [at - half, y0, from])
  const max = (y1: number): [number, number, number] => (along === 'x' ? [to, y1, at + half] : [at + half, y1, to])
  // Each long side is painted in three bands (skirting, wall, frieze) in the colours of the room it faces.
  const bands: [number, number, keyof RoomPalette][] = [
    [0, SKIRTING, 'skirting'],
    [SKIRTING, top - FRIEZE, 'wall'],
    [top - FRIEZE, top, 'frieze'],
  ]
  for (const [y0, y1, key] of bands) {
    const lo = Math.max(y0, bottom)
    const hi = Math.min(y1, top)
    if (hi - lo < EPS) continue
    const colour = (room: LayoutRoom | null | undefined) =>
      room ? face(roomPalette(room.themeColor)[key], 1, key === 'wall' ? 0.9 : 1) : null
    const [neg, pos] = [colour(sides[0]), colour(sides[1])]
    const [start, end] = caps.map((cap) => (cap ? face(OUTSIDE, 0.8) : null))
    const under = bottom > 0 && lo === bottom ? soffit : null
    b.box(
      min(lo),
      max(hi),
      along === 'x'
        ? { nz: neg, pz: pos, nx: start, px: end, bottom: under }
        : { nx: neg, px: pos, nz: start, pz: end, bottom: under },
    )
  }
}

/** The frame round a doorway on both faces of the wall, in the colour of the room it leads into. */
function doorTrim(b: MeshBuilder, door: Door, rooms: readonly LayoutRoom[], thickness: number) {
  const room = rooms.find((r) => r.id === door.rooms[1])
  if (!room) return
  const colour = face(roomPalette(room.themeColor).theme, 0.9)
  const along: Axis = Math.abs(door.a.z - door.b.z) < EPS ? 'x' : 'z'
  const at = along === 'x' ? door.a.z : door.a.x
  const lo = Math.min(along === 'x' ? door.a.x : door.a.z, along === 'x' ? door.b.x : door.b.z)
  const hi = lo + door.width
  const depth = thickness / 2 + 0.03
  const box = (u0: number, u1: number, y0: number, y1: number) =>
    b.box(
      along === 'x' ? [u0, y0, at - depth] : [at - depth, y0, u0],
      along === 'x' ? [u1, y1, at + depth] : [at + depth, y1, u1],
      { px: colour, nx: colour, pz: colour, nz: colour, top: colour, bottom: colour },
    )
  box(lo - TRIM, lo, 0, door.height + TRIM)
  box(hi, hi + TRIM, 0, door.height + TRIM)
  box(lo, hi, door.height, door.height + TRIM)
}

/** Stone tiles, a little lighter and darker in turn, so that the floor reads as a floor and shows its distances. */
function floorTiles(b: MeshBuilder, bounds: Rect, colour: Rgb) {
  // A big room gets bigger tiles rather than more of them: the building costs no more triangles per stand.
  const side = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ)
  const tile = Math.max(TILE, Math.ceil(side / MAX_TILES / TILE) * TILE)
  const cuts = (lo: number, hi: number) => {
    const out = [lo]
    for (let c = Math.floor(lo / tile) * tile + tile; c < hi - EPS; c += tile) if (c > lo + EPS) out.push(c)
    out.push(hi)
    return out
  }
  const xs = cuts(bounds.minX, bounds.maxX)
  const zs = cuts(bounds.minZ, bounds.maxZ)
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < zs.length; j++) {
      const [x0, x1, z0, z1] = [xs[i]!, xs[i + 1]!, zs[j]!, zs[j + 1]!]
      const odd = (Math.floor((x0 + EPS) / tile) + Math.floor((z0 + EPS) / tile)) % 2 !== 0
      const shade = odd ? 0.95 : 1
      b.quad(
        [
          [x0, 0, z1],
          [x1, 0, z1],
          [x1, 0, z0],
          [x0, 0, z0],
        ],
        colour,
        [shade, shade, shade, shade],
      )
    }
  }
}

/**
 * The whole building as one geometry with vertex colours: every room's floor and ceiling, the walls painted on each
 * side in the colours of the room they face, lintels over the doorways and a frame round each door. One material,
 * one draw call, whatever the number of rooms.
 */
export function buildArchitecture(layout: Layout): BufferGeometry {
  const b = new MeshBuilder()
  const { rooms, doors, options } = layout
  for (const room of rooms) {
    const p = roomPalette(room.themeColor)
    floorTiles(b, room.bounds, p.floor)
    const { minX, minZ, maxX, maxZ } = room.bounds
    const h = room.height
    b.quad(
      [
        [minX, h, minZ],
        [maxX, h, minZ],
        [maxX, h, maxZ],
        [minX, h, maxZ],
      ],
      p.ceiling,
      // Light comes down from the lamps and back up off the floor: a ceiling is not as dark as its side of a box.
      [1.45, 1.45, 1.45, 1.45],
    )
  }
  for (const wall of layout.walls) {
    for (const piece of wallPieces(wall, doors, rooms, options.wallHeight)) paintPiece(b, piece, wall.thickness, rooms)
  }
  for (const door of doors) {
    const along: Axis = Math.abs(door.a.z - door.b.z) < EPS ? 'x' : 'z'
    const at = along === 'x' ? door.a.z : door.a.x
    const from = Math.min(along === 'x' ? door.a.x : door.a.z, along === 'x' ? door.b.x : door.b.z)
    const lintel: Piece = {
      along,
      at,
      from,
      to: from + door.width,
      bottom: door.height,
      top: options.wallHeight,
      caps: [false, false],
    }
    const inner = rooms.find((r) => r.id === door.rooms[1])
    paintPiece(b, lintel, options.wallThickness, rooms, face(roomPalette(inner?.themeColor ?? '#000091').theme, 0.8))
    doorTrim(b, door, rooms, options.wallThickness)
  }
  return b.build()
}
