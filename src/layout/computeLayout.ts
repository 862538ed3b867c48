import type { Manifest } from '../manifest/index.ts'
import { unionRects } from './geometry.ts'
import { resolveOptions } from './options.ts'
import { planRooms } from './rooms.ts'
import { placeStands, roomStandIds, standCollider } from './stands.ts'
import { buildTour } from './tour.ts'
import type { CameraPose, Layout, LayoutOptions, Stand } from './types.ts'
import { buildWalls } from './walls.ts'

/**
 * The whole building for a manifest: rooms, doors, walls, stands, signs, the guided tour. Pure and deterministic:
 * the same manifest and options always give a deeply equal layout.
 */
export function computeLayout(manifest: Manifest, options?: Partial<LayoutOptions>): Layout {
  const o = resolveOptions(options)
  const standIds = roomStandIds(manifest)
  const { rooms, doors, frames } = planRooms(manifest, standIds, o)
  const stands: Stand[] = []
  for (const room of rooms) {
    const frame = frames.get(room.id)
    if (room.kind !== 'themed' || !frame) continue
    stands.push(...placeStands(room.id, room.standIds, frame, stands.length, o))
  }
  const walls = buildWalls(rooms, doors, o.wallThickness)
  const colliders = [...walls, ...stands.map(standCollider)]
  const spawn: CameraPose = {
    position: { x: 0, y: o.eyeHeight, z: -Math.min(2, o.entranceLength / 2) },
    target: { x: 0, y: o.eyeHeight, z: -o.entranceLength },
  }
  const plan = { options: o, rooms, doors, colliders }
  const tour = buildTour(plan, stands, spawn)
  return { ...plan, stands, walls, tour, spawn, bounds: unionRects(rooms.map((r) => r.bounds)) }
}
