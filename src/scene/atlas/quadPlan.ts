import type { Layout, Stand, Vec3 } from '../../layout/index.ts'
import { FRAME_DEPTH, standFace, SURFACE_GAP, type FaceRect } from '../stands/standFace.ts'

/** A flat rectangle in the building: centre, turn about the vertical (local +z is its front) and size in metres. */
export type Placement = { position: Vec3; rotationY: number; width: number; height: number }

/** What an atlas picture shows; the painter draws each kind. */
export type QuadSubject =
  | { kind: 'standHeader'; defiId: string }
  | { kind: 'standPoster'; defiId: string }
  | { kind: 'standPanel'; defiId: string }
  | { kind: 'sign'; roomId: string }
  | { kind: 'board'; roomId: string }
  | { kind: 'screenPoster'; roomId: string }

/** One picture of the atlas and where it hangs; `pixels` is the size it is drawn at. */
export type PlannedQuad = {
  key: string
  subject: QuadSubject
  placement: Placement
  pixels: { width: number; height: number }
}

/** Pixels per metre the pictures are drawn at: text 1 cm high gets about 2 px, read from the viewing spot. */
export const PIXELS_PER_METRE = 220
/** The largest side a picture may have (one atlas layer, less its gutter). */
export const MAX_PICTURE = 1016

function pixelsFor(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(PIXELS_PER_METRE, MAX_PICTURE / width, MAX_PICTURE / height)
  return { width: Math.max(8, Math.round(width * scale)), height: Math.max(8, Math.round(height * scale)) }
}

/** Where a rectangle of a stand's front hangs in the building, `out` metres in front of the body. */
export function onStand(stand: Stand, rect: FaceRect, out: number): Placement {
  const z = standFace(stand.size).frontZ + out
  const c = Math.cos(stand.rotationY)
  const s = Math.sin(stand.rotationY)
  return {
    position: { x: stand.position.x + c * rect.x + s * z, y: rect.y, z: stand.position.z - s * rect.x + c * z },
    rotationY: stand.rotationY,
    width: rect.width,
    height: rect.height,
  }
}

/** Where a stand's video plays: just in front of its poster, so the poster shows again when the video stops. */
export function standScreen(stand: Stand): Placement {
  return onStand(stand, standFace(stand.size).screen, FRAME_DEPTH + 2 * SURFACE_GAP)
}

/**
 * Every picture the scene hangs: per stand its fascia (title, administration), its poster on the screen and its
 * deliverables panel; per room its title sign; the lobby's programme board; the auditorium's screen poster.
 */
export function planQuads(layout: Layout): PlannedQuad[] {
  const quads: PlannedQuad[] = []
  const add = (key: string, subject: QuadSubject, placement: Placement) =>
    quads.push({ key, subject, placement, pixels: pixelsFor(placement.width, placement.height) })
  for (const stand of layout.stands) {
    const face = standFace(stand.size)
    const id = stand.defiId
    add(`header:${id}`, { kind: 'standHeader', defiId: id }, onStand(stand, face.fascia, SURFACE_GAP))
    add(`poster:${id}`, { kind: 'standPoster', defiId: id }, onStand(stand, face.screen, FRAME_DEPTH + SURFACE_GAP))
    add(`panel:${id}`, { kind: 'standPanel', defiId: id }, onStand(stand, face.panel, SURFACE_GAP))
  }
  for (const room of layout.rooms) {
    add(`sign:${room.id}`, { kind: 'sign', roomId: room.id }, room.titleSign)
    if (room.kind === 'lobby') add(`board:${room.id}`, { kind: 'board', roomId: room.id }, room.board)
    if (room.kind === 'auditorium') {
      add(`screen:${room.id}`, { kind: 'screenPoster', roomId: room.id }, room.screen)
    }
  }
  return quads
}

/** Where the auditorium's video plays: just in front of its poster. */
export function auditoriumScreen(screen: Placement): Placement {
  const out = 2 * SURFACE_GAP
  return {
    ...screen,
    position: {
      x: screen.position.x + Math.sin(screen.rotationY) * out,
      y: screen.position.y,
      z: screen.position.z + Math.cos(screen.rotationY) * out,
    },
  }
}
