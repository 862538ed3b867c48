import type { Glide, GlideSample } from '../camera/glide.ts'
import type { MoveIntent } from './keys.ts'
import type { Walker } from './walk.ts'

/**
 * Everything the camera needs from one frame to the next, in one mutable object: input handlers write it, the frame
 * loop reads it. Nothing here is React state, so a key press or a drag re-renders nothing.
 */
export type Rig = {
  walker: Walker
  intent: MoveIntent
  /** `KeyboardEvent.code` of the movement keys held down. */
  held: Set<string>
  /** Drag distance (pixels) not yet turned into a look. */
  lookX: number
  lookY: number
  glide: Glide | null
  /** The glide is a cut: it jumps, so walls between here and there do not apply. */
  cut: boolean
  /** Seconds into `glide`. */
  elapsed: number
  /** The store travel the glide serves, to report its arrival. */
  travelId: number | null
  sample: GlideSample
}

/** A rig at rest. */
export function createRig(): Rig {
  return {
    walker: { x: 0, z: 0, yaw: 0, pitch: 0 },
    intent: { forward: 0, strafe: 0, turn: 0 },
    held: new Set(),
    lookX: 0,
    lookY: 0,
    glide: null,
    cut: false,
    elapsed: 0,
    travelId: null,
    sample: { x: 0, z: 0, yaw: 0, pitch: 0, done: true },
  }
}

/** The visitor takes the controls during a glide: the camera stops where it is, and the guided tour pauses. */
export function takeOver(rig: Rig, state: { cancelTravel: () => void; pauseTour: () => void }): void {
  if (!rig.glide) return
  rig.glide = null
  rig.travelId = null
  state.cancelTravel()
  state.pauseTour()
}
