export * from './types.ts'
export { computeLayout } from './computeLayout.ts'
export { DEFAULT_LAYOUT_OPTIONS, resolveOptions } from './options.ts'
export { collide, firstHit, isClear, isFree } from './collide.ts'
export {
  nearestStand,
  nextRoom,
  nextStand,
  path,
  poseFor,
  previousStand,
  roomAt,
  roomCenter,
  standPose,
} from './navigation.ts'
export {
  computeMinimap,
  fromMinimap,
  toMinimap,
  type MapPoint,
  type Minimap,
  type MinimapRoom,
  type MinimapTransform,
} from './minimap.ts'
export { standCollider } from './stands.ts'
export { buildTour } from './tour.ts'
export { MAX_STANDS_MEASURED, MAX_STANDS_PER_ROOM } from './capacity.ts'
