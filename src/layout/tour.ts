import { path, poseFor } from './navigation.ts'
import type { CameraPose, Plan, Stand, TourStep, Vec2 } from './types.ts'

/**
 * The guided tour: every stand in manifest order (rooms in order, each room's stands in order), each with the camera
 * pose that shows it and the waypoints that lead there from the previous stop through the doorways.
 */
export function buildTour(plan: Plan, stands: readonly Stand[], spawn: CameraPose): TourStep[] {
  let from: Vec2 = { x: spawn.position.x, z: spawn.position.z }
  return stands.map((stand, index) => {
    const waypoints = path(plan, from, stand.front)
    from = stand.front
    return { index, defiId: stand.defiId, roomId: stand.roomId, pose: poseFor(stand, plan.options), waypoints }
  })
}
