import type { CameraPose, Layout } from '../../layout/index.ts'

/** A named camera pose to count draw calls in. */
export type NamedPose = { name: string; pose: CameraPose }

const LOOKS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const

/**
 * The poses that see the most of a building: the spawn point, each doorway seen from the lobby, the middle of each
 * room looking at each wall (as many stands at once as can be seen), and the front of every `standStep`-th stand.
 */
export function benchPoses(layout: Layout, standStep = 1): NamedPose[] {
  const eye = layout.options.eyeHeight
  const list: NamedPose[] = [{ name: 'lobby', pose: layout.spawn }]
  for (const door of layout.doors) {
    const [outside, inside] = door.approaches
    list.push({
      name: `door ${door.id}`,
      pose: {
        position: { x: outside.x - door.normal.x * 2, y: eye, z: outside.z - door.normal.z * 2 },
        target: { x: inside.x + door.normal.x * 4, y: eye, z: inside.z + door.normal.z * 4 },
      },
    })
  }
  for (const room of layout.rooms) {
    const c = { x: (room.interior.minX + room.interior.maxX) / 2, z: (room.interior.minZ + room.interior.maxZ) / 2 }
    for (const [dx, dz] of LOOKS) {
      list.push({
        name: `${room.id} centre looking ${dx},${dz}`,
        pose: { position: { x: c.x, y: eye, z: c.z }, target: { x: c.x + dx, y: eye, z: c.z + dz } },
      })
    }
  }
  layout.stands.forEach((stand, i) => {
    if (i % standStep !== 0) return
    list.push({
      name: `stand ${stand.defiId}`,
      pose: {
        position: { x: stand.front.x, y: eye, z: stand.front.z },
        target: { x: stand.position.x, y: 1.4, z: stand.position.z },
      },
    })
  })
  return list
}
