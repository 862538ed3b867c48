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

/**
 * Pixels per metre each kind of picture is drawn at. Stand pictures are read from their viewing spot 2.5 m away
 * (text 1 cm high gets about 2 px); room signs are read from across a hall, where a metre covers few pixels; the
 * programme board is read from a few metres.
 */
export const PIXELS_PER_METRE: Readonly<Record<QuadSubject['kind'], number>> = {
  standHeader: 220,
  standPoster: 220,
  standPanel: 220,
  sign: 130,
  board: 200,
  screenPoster: 110,
}
/** The largest side a picture may have (one atlas layer, less its gutter). */
export const MAX_PICTURE = 1016

function pixelsFor(kind: QuadSubject['kind'], width: number, height: number, standScale: number) {
  const density = PIXELS_PER_METRE[kind] * (kind.startsWith('stand') ? standScale : 1)
  const scale = Math.min(density, MAX_PICTURE / width, MAX_PICTURE / height)
  return { width: Math.max(8, Math.round(width * scale)), height: Math.max(8, Math.round(height * scale)) }
}

/** Where a rectangle of a stand's front hangs in the building, `out` metres in front of the back wall (or header). */
export function onStand(stand: Stand, rect: FaceRect, out: number, onHeader = false): Placement {
  const face = standFace(stand.size)
  const z = (onHeader ? face.headerZ : face.frontZ) + out
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
 * `standScale` lowers the stand pictures' density, for buildings with many stands (see `fitToAtlas`).
 */
export function planQuads(layout: Layout, standScale = 1): PlannedQuad[] {
  const quads: PlannedQuad[] = []
  const add = (key: string, subject: QuadSubject, placement: Placement) =>
    quads.push({
      key,
      subject,
      placement,
      pixels: pixelsFor(subject.kind, placement.width, placement.height, standScale),
    })
  for (const stand of layout.stands) {
    const face = standFace(stand.size)
    const id = stand.defiId
    add(`header:${id}`, { kind: 'standHeader', defiId: id }, onStand(stand, face.fascia, SURFACE_GAP, true))
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

/** How many layers of 1024 × 1024 (4 MB each, a third more with mipmaps) the pictures may take. */
export const ATLAS_LAYER_BUDGET = 8
// Shelf packing leaves some of each layer empty; this is the share it fills, measured on the demo exhibitions.
const PACKING = 0.75

/**
 * The pictures at the highest density that fits the atlas budget: as planned for a room or two of stands; for a
 * building of 90 stands, the stand pictures a little less sharp, so that video memory stays that of a phone.
 */
export function fitToAtlas(layout: Layout, layerSize = 1024, gutter = 4): PlannedQuad[] {
  const area = (quads: PlannedQuad[], stands: boolean) =>
    quads
      .filter((q) => q.subject.kind.startsWith('stand') === stands)
      .reduce((sum, q) => sum + (q.pixels.width + 2 * gutter) * (q.pixels.height + 2 * gutter), 0)
  const full = planQuads(layout)
  const budget = ATLAS_LAYER_BUDGET * layerSize * layerSize * PACKING - area(full, false)
  const standArea = area(full, true)
  if (standArea <= budget) return full
  return planQuads(layout, Math.max(0.5, Math.sqrt(Math.max(budget, 0) / standArea)))
}
