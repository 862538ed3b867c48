import type { Vec2 } from '../../layout/index.ts'

/** Priorities given to the pool: the higher plays first; two decoders at most, so only the top two play. */
export const PRIORITY = { selected: 1000, auditorium: 950, focused: 900, faced: 800 } as const

/** A screen the director may play, as seen from the camera this frame. */
export type ScreenView = {
  key: string
  /** The défi of a stand screen; null for the auditorium's screen. */
  defiId: string | null
  roomId: string
  /** The screen's centre on the plan. */
  position: Vec2
  /** The way the screen faces (its front). */
  facing: Vec2
  /** True when some of it is inside the camera's frustum. */
  inView: boolean
}

/** Where the visitor is and what the interface says they face or opened. */
export type Viewer = {
  position: Vec2
  /** Unit vector of the camera's gaze on the plan. */
  forward: Vec2
  roomId: string | null
  focusedDefiId: string | null
  selectedDefiId: string | null
  /** A stand's panel is open over the scene: its own larger player is the one being watched. */
  panelOpen?: boolean
}

/** How far a stand screen may be and still count as faced; beyond it a poster is as good as a video. */
export const FACED_DISTANCE = 6
const FACED_CONE = Math.cos((40 * Math.PI) / 180)

/**
 * The screens that should hold a player now, with their priority: the selected stand, the auditorium's screen while
 * the visitor is in the auditorium, the focused stand, and (when nothing is focused) the stand the camera faces.
 * Everything else is released, so a screen that leaves the view or falls behind frees its decoder. While a stand's
 * panel is open, no screen plays.
 */
export function rankScreens(screens: readonly ScreenView[], viewer: Viewer): { key: string; priority: number }[] {
  // The panel plays the stand's video in the page; the screens behind it give back their decoders, so that the
  // page never decodes more than the pool's two at once.
  if (viewer.panelOpen) return []
  const ranked: { key: string; priority: number }[] = []
  let faced: { key: string; score: number } | null = null
  for (const s of screens) {
    if (s.defiId === null) {
      if (viewer.roomId === s.roomId && s.inView) ranked.push({ key: s.key, priority: PRIORITY.auditorium })
      continue
    }
    if (s.defiId === viewer.selectedDefiId) {
      ranked.push({ key: s.key, priority: PRIORITY.selected })
      continue
    }
    if (s.defiId === viewer.focusedDefiId) {
      if (s.inView) ranked.push({ key: s.key, priority: PRIORITY.focused })
      continue
    }
    if (!s.inView || viewer.focusedDefiId !== null || s.roomId !== viewer.roomId) continue
    const dx = s.position.x - viewer.position.x
    const dz = s.position.z - viewer.position.z
    const distance = Math.hypot(dx, dz)
    if (distance > FACED_DISTANCE || distance < 1e-6) continue
    // Looked at (within the cone of the gaze) and seen from the front (not the back of the stand).
    const gaze = (dx * viewer.forward.x + dz * viewer.forward.z) / distance
    const front = -(dx * s.facing.x + dz * s.facing.z) / distance
    if (gaze < FACED_CONE || front <= 0) continue
    const score = distance * (2 - gaze)
    if (!faced || score < faced.score) faced = { key: s.key, score }
  }
  if (faced) ranked.push({ key: faced.key, priority: PRIORITY.faced })
  return ranked.sort((a, b) => b.priority - a.priority)
}
