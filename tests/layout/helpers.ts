import { readFileSync } from 'node:fs'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import type { Layout, Rect, Vec2, Wall } from '../../src/layout/index.ts'

/** The small EIG-like fixture: a lobby, one themed room with ADEX, an auditorium. */
export const minimal = JSON.parse(
  readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

/** A room for `buildManifest`: its kind and how many stands it holds. */
export type RoomSpec = { kind: 'lobby' | 'themed' | 'auditorium'; stands?: number; id?: string }

/** A parsed manifest with the given rooms; défis are made up (`d1-1` is room 1's first stand). */
export function buildManifest(rooms: readonly RoomSpec[]): Manifest {
  const defis: unknown[] = []
  const roomList = rooms.map((spec, r) => {
    const stands = Array.from({ length: spec.stands ?? 0 }, (_, s) => `d${r}-${s}`)
    for (const id of stands) {
      defis.push({ id, title: id.toUpperCase(), pitch: `Pitch ${id}`, administration: { name: 'Ministère' } })
    }
    return { id: spec.id ?? `room-${r}`, title: `Salle ${r}`, kind: spec.kind, stands }
  })
  const exhibition = { ...(minimal.exhibition as Record<string, unknown>), programme: [] }
  const result = parseManifest({ schemaVersion: 1, exhibition, rooms: roomList, defis })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

/** The minimal fixture, parsed. */
export function minimalManifest(): Manifest {
  const result = parseManifest(structuredClone(minimal))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

/** An EIG-like promotion at its largest: a lobby, themed rooms of 1, 17 and 90 stands, a few small ones, an auditorium. */
export const bigRooms: RoomSpec[] = [
  { kind: 'lobby' },
  { kind: 'themed', stands: 1 },
  { kind: 'themed', stands: 17 },
  { kind: 'themed', stands: 90 },
  { kind: 'themed', stands: 4 },
  { kind: 'auditorium' },
  { kind: 'themed', stands: 0 },
  { kind: 'themed', stands: 3 },
]

// Plain geometry written again here, independently of src/layout, so that a bug there cannot hide itself.

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a.x - o.x) * (b.z - o.z) - (a.z - o.z) * (b.x - o.x)

function pointToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b.x - a.x
  const dz = b.z - a.z
  const len2 = dx * dx + dz * dz
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.z - a.z) * dz) / len2))
  return Math.hypot(p.x - (a.x + t * dx), p.z - (a.z + t * dz))
}

/** The shortest distance between segments p1–p2 and q1–q2 (0 when they cross). */
export function segmentGap(p1: Vec2, p2: Vec2, q1: Vec2, q2: Vec2): number {
  const d1 = cross(q1, q2, p1)
  const d2 = cross(q1, q2, p2)
  const d3 = cross(p1, p2, q1)
  const d4 = cross(p1, p2, q2)
  if (d1 * d2 < 0 && d3 * d4 < 0) return 0
  return Math.min(
    pointToSegment(p1, q1, q2),
    pointToSegment(p2, q1, q2),
    pointToSegment(q1, p1, p2),
    pointToSegment(q2, p1, p2),
  )
}

/** The distance from `p` to the nearest wall surface (negative inside a wall). */
export function clearance(p: Vec2, walls: readonly Wall[]): number {
  return Math.min(...walls.map((w) => pointToSegment(p, w.a, w.b) - w.thickness / 2))
}

/** Every leg of a polyline that comes closer to a wall than `radius`, described for a failure message. */
export function blockedLegs(points: readonly Vec2[], walls: readonly Wall[], radius: number): string[] {
  const out: string[] = []
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!]
    for (const w of walls) {
      const gap = segmentGap(a, b, w.a, w.b) - w.thickness / 2
      if (gap < radius - 1e-6) out.push(`${JSON.stringify([a, b])} is ${gap.toFixed(3)} m from ${JSON.stringify(w)}`)
    }
  }
  return out
}

/** True when `p` is inside `r`, edges included. */
export const inRect = (r: Rect, p: Vec2, slack = 1e-9) =>
  p.x >= r.minX - slack && p.x <= r.maxX + slack && p.z >= r.minZ - slack && p.z <= r.maxZ + slack

/** The area two rectangles share. */
export const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) *
  Math.max(0, Math.min(a.maxZ, b.maxZ) - Math.max(a.minZ, b.minZ))

/** The four corners of a stand's footprint. */
export function footprint(s: Layout['stands'][number]): Vec2[] {
  const side = { x: -s.facing.z, z: s.facing.x }
  const out: Vec2[] = []
  for (const w of [-1, 1]) {
    for (const d of [-1, 1]) {
      out.push({
        x: s.position.x + (side.x * w * s.size.width) / 2 + (s.facing.x * d * s.size.depth) / 2,
        z: s.position.z + (side.z * w * s.size.width) / 2 + (s.facing.z * d * s.size.depth) / 2,
      })
    }
  }
  return out
}

/** Ids of the rooms reached from the lobby by going through doors. */
export function reachableRooms(layout: Layout): Set<string> {
  const reached = new Set([layout.rooms[0]!.id])
  for (let grew = true; grew;) {
    grew = false
    for (const d of layout.doors) {
      const [a, b] = d.rooms
      if (reached.has(a) !== reached.has(b)) {
        reached.add(a)
        reached.add(b)
        grew = true
      }
    }
  }
  return reached
}

/** The shortest distance between a rectangle (solid) and segment a–b: 0 when they touch. */
export function rectGap(r: Rect, a: Vec2, b: Vec2): number {
  if (inRect(r, a) || inRect(r, b)) return 0
  const c = [
    { x: r.minX, z: r.minZ },
    { x: r.maxX, z: r.minZ },
    { x: r.maxX, z: r.maxZ },
    { x: r.minX, z: r.maxZ },
  ]
  return Math.min(...c.map((p, i) => segmentGap(p, c[(i + 1) % 4]!, a, b)))
}
