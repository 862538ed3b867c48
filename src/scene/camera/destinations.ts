import { collide, poseFor, roomCenter, type CameraPose, type Layout, type Vec2 } from '../../layout/index.ts'
import type { Destination } from '../../store/navigationSlice.ts'
import { forwardOf } from './orientation.ts'

/**
 * The pose at a room's door, a step inside, looking into the room. The lobby (and an unknown room) gives the
 * building's entrance.
 */
export function roomEntryPose(layout: Layout, roomId: string): CameraPose {
  const room = layout.rooms.find((r) => r.id === roomId)
  if (!room || room.kind === 'lobby') return layout.spawn
  const eye = layout.options.eyeHeight
  const center = roomCenter(room)
  // The door from the lobby side first: it is where a visitor following the signs comes in.
  const doors = layout.doors.filter((d) => d.rooms.includes(room.id))
  const door = doors.find((d) => d.rooms[0] === layout.rooms[0]?.id) ?? doors[0]
  if (!door) return { position: { x: center.x, y: eye, z: center.z }, target: { x: center.x, y: eye, z: center.z - 1 } }
  const inside = door.approaches[door.rooms[0] === room.id ? 0 : 1]
  return { position: { x: inside.x, y: eye, z: inside.z }, target: { x: center.x, y: eye, z: center.z } }
}

/** The pose a destination leads to, or null for a stand that is not in the layout. */
export function destinationPose(layout: Layout, to: Destination, from: Vec2 & { yaw: number }): CameraPose | null {
  const eye = layout.options.eyeHeight
  switch (to.kind) {
    case 'stand': {
      const stand = layout.stands.find((s) => s.defiId === to.defiId)
      return stand ? poseFor(stand, layout.options) : null
    }
    case 'entrance':
      return layout.spawn
    case 'room':
      return roomEntryPose(layout, to.roomId)
    case 'point': {
      // A spot too close to a wall or a stand is pushed out to where a visitor fits.
      const spot = collide({ x: to.x, z: to.z }, { x: to.x, z: to.z }, layout.colliders, layout.options.visitorRadius)
      const dx = spot.x - from.x
      const dz = spot.z - from.z
      const far = Math.hypot(dx, dz)
      // Arriving, the visitor keeps looking the way they walked (or the way they looked, for a step on the spot).
      const ahead = far > 1e-6 ? { x: dx / far, z: dz / far } : forwardOf(from.yaw)
      return {
        position: { x: spot.x, y: eye, z: spot.z },
        target: { x: spot.x + ahead.x, y: eye, z: spot.z + ahead.z },
      }
    }
  }
}
