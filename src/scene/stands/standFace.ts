import type { StandSize } from '../../layout/index.ts'

/** A rectangle on a stand's front, in its local frame: x across (metres from the centre), y up from the floor. */
export type FaceRect = { x: number; y: number; width: number; height: number }

/**
 * Where things sit on a stand's front (local +z): the title fascia, the video screen and the deliverables panel.
 * `frontZ` is the face of the back wall (screen and panel), `headerZ` the front of the header that juts out over it.
 */
export type StandFace = { fascia: FaceRect; screen: FaceRect; panel: FaceRect; frontZ: number; headerZ: number }

/** How thick a stand's back wall is; the counter and the header fill the rest of its depth. */
export const BACK_WALL = 0.28

/**
 * Lays out a stand's front from its size: a fascia across the top for the title and administration, a 16:9 screen on
 * the left with its centre near eye level, the deliverables panel beside it.
 */
export function standFace(size: StandSize): StandFace {
  const margin = Math.min(0.08, size.width * 0.04)
  const fasciaHeight = Math.min(0.5, size.height * 0.22)
  const fascia = {
    x: 0,
    y: size.height - margin - fasciaHeight / 2,
    width: size.width - 2 * margin,
    height: fasciaHeight,
  }
  const inner = size.width - 3 * margin
  const screenWidth = inner * 0.62
  const screenHeight = (screenWidth * 9) / 16
  const top = fascia.y - fasciaHeight / 2 - margin * 1.5
  const screenY = Math.min(top - screenHeight / 2, 1.25)
  const screen = { x: -size.width / 2 + margin + screenWidth / 2, y: screenY, width: screenWidth, height: screenHeight }
  const panelWidth = inner - screenWidth
  const panel = { x: size.width / 2 - margin - panelWidth / 2, y: screenY, width: panelWidth, height: screenHeight }
  return { fascia, screen, panel, frontZ: -size.depth / 2 + Math.min(BACK_WALL, size.depth), headerZ: size.depth / 2 }
}

/** How far in front of the back wall the screen's picture lies: set in, behind its deeper bezel. */
export const FRAME_DEPTH = 0.015
/** How far the bezel round the screen stands out from the back wall. */
export const BEZEL_DEPTH = 0.07
/** Gap between a printed surface and what it is printed on, against z-fighting at a distance. */
export const SURFACE_GAP = 0.004
