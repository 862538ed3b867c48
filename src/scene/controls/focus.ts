import { nearestStand, type Layout, type Stand } from '../../layout/index.ts'

/**
 * The stand the visitor is looking at, close enough to read it: in the same room, within 60° of where they face and
 * no further than a step or so beyond the spot in front of it. Null when there is none.
 */
export function standInView(layout: Layout, x: number, z: number, yaw: number): Stand | null {
  const stand = nearestStand(layout, { x, z }, { x: -Math.sin(yaw), z: -Math.cos(yaw) })
  if (!stand) return null
  const reach = layout.options.viewDistance + 1.5
  return Math.hypot(stand.position.x - x, stand.position.z - z) <= reach ? stand : null
}
