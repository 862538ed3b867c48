import type { LocalizedText } from '../manifest/index.ts'
import { rectCenter } from './geometry.ts'
import type { Layout, LayoutRoom, Vec2 } from './types.ts'

/** A point on the minimap, in the drawing's units; y grows downwards, as on a screen. */
export type MapPoint = { x: number; y: number }

/** How plan metres map onto the drawing: `x = offsetX + (worldX - minX) * scale`, likewise y from z. */
export type MinimapTransform = { scale: number; offsetX: number; offsetY: number; minX: number; minZ: number }

/** A room on the minimap. */
export type MinimapRoom = {
  id: string
  kind: LayoutRoom['kind']
  title: LocalizedText
  themeColor: string
  x: number
  y: number
  width: number
  height: number
  label: MapPoint
}

/** The building drawn flat into a `width` × `height` box: ahead of the entrance (-z) is up, its right is right. */
export type Minimap = {
  width: number
  height: number
  transform: MinimapTransform
  rooms: MinimapRoom[]
  walls: { a: MapPoint; b: MapPoint }[]
  doors: { id: string; a: MapPoint; b: MapPoint }[]
  stands: { defiId: string; roomId: string; point: MapPoint }[]
}

/** Where a plan point falls on the minimap. */
export function toMinimap(transform: MinimapTransform, point: Vec2): MapPoint {
  return {
    x: transform.offsetX + (point.x - transform.minX) * transform.scale,
    y: transform.offsetY + (point.z - transform.minZ) * transform.scale,
  }
}

/** The plan point under a minimap point (the inverse of `toMinimap`), e.g. to walk to where the visitor clicked. */
export function fromMinimap(transform: MinimapTransform, point: MapPoint): Vec2 {
  return {
    x: transform.minX + (point.x - transform.offsetX) / transform.scale,
    z: transform.minZ + (point.y - transform.offsetY) / transform.scale,
  }
}

/** The layout's plan scaled to fit `width` × `height` less `padding` on each side, centred, proportions kept. */
export function computeMinimap(layout: Layout, width: number, height: number, padding = 4): Minimap {
  const b = layout.bounds
  const spanX = Math.max(b.maxX - b.minX, 1e-6)
  const spanZ = Math.max(b.maxZ - b.minZ, 1e-6)
  const scale = Math.max(0, Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanZ))
  const transform = {
    scale,
    offsetX: (width - spanX * scale) / 2,
    offsetY: (height - spanZ * scale) / 2,
    minX: b.minX,
    minZ: b.minZ,
  }
  const map = (p: Vec2) => toMinimap(transform, p)
  return {
    width,
    height,
    transform,
    rooms: layout.rooms.map((r) => {
      const corner = map({ x: r.bounds.minX, z: r.bounds.minZ })
      return {
        id: r.id,
        kind: r.kind,
        title: r.title,
        themeColor: r.themeColor,
        ...corner,
        width: (r.bounds.maxX - r.bounds.minX) * scale,
        height: (r.bounds.maxZ - r.bounds.minZ) * scale,
        label: map(rectCenter(r.bounds)),
      }
    }),
    walls: layout.walls.map((w) => ({ a: map(w.a), b: map(w.b) })),
    doors: layout.doors.map((d) => ({ id: d.id, a: map(d.a), b: map(d.b) })),
    stands: layout.stands.map((s) => ({ defiId: s.defiId, roomId: s.roomId, point: map(s.position) })),
  }
}
