/** How the visitor wants to move this frame, each axis in [-1, 1]. */
export type MoveIntent = { forward: number; strafe: number; turn: number }

/** A one-shot action bound to a key. */
export type KeyCommand = 'nextStand' | 'previousStand' | 'nextRoom' | 'open' | 'close'

// Physical key positions (`KeyboardEvent.code`), so that ZQSD on a French keyboard moves like WASD.
const FORWARD = ['ArrowUp', 'KeyW']
const BACK = ['ArrowDown', 'KeyS']
const LEFT = ['KeyA']
const RIGHT = ['KeyD']
const TURN_LEFT = ['ArrowLeft', 'KeyQ']
const TURN_RIGHT = ['ArrowRight', 'KeyE']

/** Every code that moves the visitor while it is held. */
export const MOVEMENT_CODES: ReadonlySet<string> = new Set([
  ...FORWARD,
  ...BACK,
  ...LEFT,
  ...RIGHT,
  ...TURN_LEFT,
  ...TURN_RIGHT,
])

const axis = (held: ReadonlySet<string>, plus: string[], minus: string[]) =>
  (plus.some((c) => held.has(c)) ? 1 : 0) - (minus.some((c) => held.has(c)) ? 1 : 0)

/** Writes into `out` the movement asked for by the held keys (`KeyboardEvent.code` values). */
export function intentFromKeys(held: ReadonlySet<string>, out: MoveIntent): MoveIntent {
  out.forward = axis(held, FORWARD, BACK)
  out.strafe = axis(held, RIGHT, LEFT)
  out.turn = axis(held, TURN_LEFT, TURN_RIGHT)
  return out
}

/**
 * The action of a key press (letters by what they print, so that N means "next" on every layout), or null.
 * `Enter` and `Escape` are left to buttons, links and dialogs when one has focus.
 */
export function commandForKey(key: string, onControl: boolean): KeyCommand | null {
  switch (key) {
    case 'n':
    case 'N':
    case 'PageDown':
      return 'nextStand'
    case 'p':
    case 'P':
    case 'PageUp':
      return 'previousStand'
    case 'r':
    case 'R':
      return 'nextRoom'
    case 'Enter':
      return onControl ? null : 'open'
    case 'Escape':
      return onControl ? null : 'close'
    default:
      return null
  }
}

/** What the element holding the focus means for the keys: typing goes to a field; a control handles Enter itself. */
export type KeyTarget = 'field' | 'control' | 'page'

/** Classifies the element a key event is aimed at. */
export function keyTarget(element: Element | null): KeyTarget {
  if (!element) return 'page'
  if (element.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]')) {
    return 'field'
  }
  if (element.closest('a[href], button, [role="button"], summary, video, audio')) return 'control'
  return 'page'
}
