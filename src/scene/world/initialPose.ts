import { poseFor, type CameraPose, type Layout } from '../../layout/index.ts'
import { roomEntryPose } from '../camera/destinations.ts'

/** Where the URL puts the visitor for the first frame: before a stand, at a room's door, or at the entrance. */
export function initialPose(layout: Layout, place: { room?: string; defi?: string }): CameraPose {
  const stand = place.defi ? layout.stands.find((s) => s.defiId === place.defi) : undefined
  if (stand) return poseFor(stand, layout.options)
  return place.room ? roomEntryPose(layout, place.room) : layout.spawn
}
