import { computeLayout, path, type Layout, type Vec2 } from '../../layout/index.ts'
import type { Manifest } from '../../manifest/index.ts'
import { bigManifest } from './bigGallery.ts'

/** How far a visitor walks in one room of `stands` stands, and how big its floor is. */
export type WalkingFigures = { stands: number; floorM2: number; doorToFarthestStandM: number }

const polyline = (points: readonly Vec2[]) =>
  points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - points[i]!.x, p.z - points[i]!.z), 0)

/** The walking distance from a themed room's door (just inside it) to the front of its farthest stand, in metres. */
export function doorToFarthestStand(layout: Layout, roomId: string): number {
  const door = layout.doors.find((d) => d.rooms[1] === roomId)
  if (!door) return NaN
  const start = door.approaches[1]
  const lengths = layout.stands.filter((s) => s.roomId === roomId).map((s) => polyline(path(layout, start, s.front)))
  return Math.round(Math.max(0, ...lengths) * 10) / 10
}

/** For each count, a room of that many stands made from `base`: its floor area and its longest walk from the door. */
export function measureWalking(base: Manifest, counts: readonly number[] = [17, 90, 120]): WalkingFigures[] {
  return counts.map((stands) => {
    const layout = computeLayout(bigManifest(base, stands))
    const room = layout.rooms.find((r) => r.kind === 'themed')!
    const { minX, minZ, maxX, maxZ } = room.interior
    return {
      stands,
      floorM2: Math.round((maxX - minX) * (maxZ - minZ)),
      doorToFarthestStandM: doorToFarthestStand(layout, room.id),
    }
  })
}
