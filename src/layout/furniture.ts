import { frameDirection, framePoint, mm, rotationTowards, type Frame } from './geometry.ts'
import type { LayoutOptions, Panel, Rect, Seating, Vec2 } from './types.ts'

function panel(at: Vec2, y: number, facing: Vec2, width: number, height: number): Panel {
  return { position: { x: at.x, y: mm(y), z: at.z }, rotationY: rotationTowards(facing), facing, width, height }
}

/** A room's title sign, above its door on the lobby side, so that it is read while walking up to the doorway. */
export function doorSign(frame: Frame, length: number, doorU: number, o: LayoutOptions): Panel {
  const above = o.wallHeight - o.doorHeight
  const height = mm(Math.max(0.3, Math.min(0.9, above - 0.4)))
  return panel(
    framePoint(frame, doorU, -o.wallThickness - 0.02),
    o.doorHeight + above / 2,
    frameDirection(frame, 0, -1),
    mm(Math.min(length, o.doorWidth + 2)),
    height,
  )
}

/** The programme board, on the left wall of the entrance area, facing across the hall. */
export function programmeBoard(interior: Rect, o: LayoutOptions): Panel {
  const width = mm(Math.min(4, o.entranceLength - 2))
  const at = { x: mm(interior.minX + 0.05), z: mm(-o.entranceLength / 2) }
  return panel(at, 1.7, { x: 1, z: 0 }, width, 2.2)
}

/** The lobby's own title, above the programme board. */
export function lobbySign(board: Panel, o: LayoutOptions): Panel {
  const y = Math.min(board.position.y + board.height / 2 + 0.6, o.wallHeight - 0.5)
  return panel({ x: board.position.x, z: board.position.z }, y, board.facing, board.width, 0.8)
}

/** The auditorium's screen: 16:9, as wide as the far wall and the ceiling allow, its foot 1 m above the floor. */
export function auditoriumScreen(frame: Frame, length: number, depth: number, o: LayoutOptions): Panel {
  const width = mm(Math.max(1, Math.min(length - 4, ((o.wallHeight - 1.3) * 16) / 9)))
  const height = mm((width * 9) / 16)
  return panel(framePoint(frame, length / 2, depth - 0.05), 1 + height / 2, frameDirection(frame, 0, -1), width, height)
}

/** Rows of seats between the door and the screen, and the view from the middle of them. */
export function auditoriumSeating(
  frame: Frame,
  length: number,
  depth: number,
  screen: Panel,
  o: LayoutOptions,
): Seating {
  const corners = [framePoint(frame, 2, 3), framePoint(frame, length - 2, Math.max(3, depth - 4))]
  const bounds = {
    minX: Math.min(corners[0]!.x, corners[1]!.x),
    minZ: Math.min(corners[0]!.z, corners[1]!.z),
    maxX: Math.max(corners[0]!.x, corners[1]!.x),
    maxZ: Math.max(corners[0]!.z, corners[1]!.z),
  }
  const middle = framePoint(frame, length / 2, (3 + Math.max(3, depth - 4)) / 2)
  return {
    bounds,
    rows: Math.max(0, Math.floor(depth - 7)),
    seatsPerRow: Math.max(0, Math.floor((length - 4) / 0.6)),
    facing: frameDirection(frame, 0, 1),
    pose: { position: { x: middle.x, y: o.eyeHeight, z: middle.z }, target: screen.position },
  }
}
