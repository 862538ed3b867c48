import { standBand } from './options.ts'
import type { LayoutOptions } from './types.ts'

/** A rectangle in a room's own frame: `u` along the door wall, `v` away from it (metres from the inner corner). */
export type FrameRect = { u0: number; v0: number; u1: number; v1: number }

/**
 * The islands of a big room: rows of stands back to back across the middle of the room, with aisles between them.
 * `rows` are the rows' centre lines (v), `columns` the stands' centres along each row (u).
 */
export type Islands = { rows: number[]; columns: number[] }

/** The width of an aisle, face to face: room for a visitor in front of each of two stands facing each other. */
export const aisleWidth = (o: LayoutOptions): number => 2 * o.viewDistance + 0.5

/** How far from its wall a wall stand's front face is. */
const wallFace = (o: LayoutOptions) => o.standWallOffset + o.standDepth / 2

/** Evenly spaced centres between `lo` and `hi` (both included when they fit), centred in [0, `size`]. */
function spread(size: number, lo: number, hi: number, step: number): number[] {
  if (hi < lo - 1e-9) return []
  const count = Math.floor((hi - lo) / step + 1e-9) + 1
  const start = (size - (count - 1) * step) / 2
  return Array.from({ length: count }, (_, i) => start + i * step)
}

/** The islands that fit a room of inner size `length` × `depth`, an aisle clear of the wall stands all round. */
export function islandsFor(length: number, depth: number, o: LayoutOptions): Islands {
  const gap = aisleWidth(o)
  const endU = wallFace(o) + gap + o.standWidth / 2
  const firstV = wallFace(o) + gap + o.standDepth
  const all = spread(length, endU, length - endU, o.standSpacing)
  // A long row is cut in two by an aisle down the middle, on the door's axis: the far end is reached straight on.
  const columns = all.length >= 5 ? all.filter((_, i) => i !== Math.floor(all.length / 2)) : all
  const rows = spread(depth, firstV, depth - firstV, 2 * o.standDepth + gap)
  return columns.length > 0 && rows.length > 0 ? { rows, columns } : { rows: [], columns: [] }
}

/** How many stands the islands hold: two per column and row, back to back. */
export const islandCapacity = (islands: Islands): number => 2 * islands.rows.length * islands.columns.length

/**
 * The rectangles a visitor walks in, free of stands and walls with a visitor's radius to spare: without islands the
 * middle of the room; with them, a lane along the door wall, one between each two rows and one along the far wall
 * (each the room's full width), and a lane down each side joining them. Straight moves inside one are always clear;
 * neighbouring lanes overlap, so the visitor goes from one to the next through their shared part. The first is the
 * lane along the door wall.
 */
export function lanes(length: number, depth: number, islands: Islands, o: LayoutOptions): FrameRect[] {
  const band = standBand(o)
  if (islands.rows.length === 0) return [{ u0: band, v0: band, u1: length - band, v1: depth - band }]
  const clear = o.visitorRadius + 0.2
  const faces = islands.rows.flatMap((v) => [v - o.standDepth - clear, v + o.standDepth + clear])
  const edges = [band, ...faces, depth - band]
  const across: FrameRect[] = []
  for (let i = 0; i + 1 < edges.length; i += 2)
    across.push({ u0: band, v0: edges[i]!, u1: length - band, v1: edges[i + 1]! })
  // A stand stops visitors half its depth beyond its ends too (see `standCollider`).
  const end = o.standWidth / 2 + o.standDepth / 2 + clear
  const cs = islands.columns
  // Down each side, and down every gap between two blocks of islands.
  const gaps: [number, number][] = [[band, cs[0]! - end]]
  cs.forEach((u, i) => {
    if (i > 0 && u - cs[i - 1]! > o.standSpacing + 1e-6) gaps.push([cs[i - 1]! + end, u - end])
  })
  gaps.push([cs[cs.length - 1]! + end, length - band])
  const down = gaps.map(([u0, u1]): FrameRect => ({ u0, v0: band, u1, v1: depth - band }))
  return [...across, ...down]
}
