import type { BufferGeometry } from 'three'
import type { StandSize } from '../../layout/index.ts'
import type { Rgb } from '../colour.ts'
import { face, MeshBuilder, type Point3 } from '../building/meshBuilder.ts'
import { BEZEL_DEPTH, standFace } from './standFace.ts'

const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const BEZEL: Rgb = { r: 34, g: 34, b: 38 }
const PLINTH: Rgb = { r: 62, g: 62, b: 66 }
const COUNTER_TOP: Rgb = { r: 236, g: 230, b: 218 }
const LAMP: Rgb = { r: 255, g: 250, b: 235 }
const PLINTH_HEIGHT = 0.1
const COUNTER_HEIGHT = 0.72
const HEADER_DROP = 0.06
// The key light of a stand, in its own frame: from above its front, so the face visitors look at is the best lit.
const STAND_LIGHT: Point3 = [0.35, 0.7, 0.62]

/** A box's every side in one colour (lit by direction all the same). */
const all = (colour: Rgb, foot = 1) => {
  const f = face(colour, 1, foot)
  return { px: f, nx: f, pz: f, nz: f, top: f, bottom: f }
}

/** The geometries of one stand, for two instanced meshes: what the room's colour paints, and what keeps its own. */
export type StandGeometries = { body: BufferGeometry; trim: BufferGeometry }

/**
 * One stand, built with depth: a back wall holding the screen and the deliverables panel, a header jutting out over
 * them with a lamp under its front edge, a counter under the panel, all on a dark plinth. `body`'s vertices are
 * white, so the instance colour (the room's theme) paints it; `trim` (plinth, bezel, counter top, lamp) keeps its own.
 */
export function buildStandGeometry(size: StandSize): StandGeometries {
  const body = new MeshBuilder(STAND_LIGHT)
  const trim = new MeshBuilder(STAND_LIGHT)
  const { width, height, depth } = size
  const w = width / 2
  const back = -depth / 2
  const { screen, panel, fascia, frontZ, headerZ } = standFace(size)
  const y0 = PLINTH_HEIGHT
  trim.box([-w + 0.03, 0, back + 0.03], [w - 0.03, y0, headerZ - 0.03], all(PLINTH))
  // The back wall, its foot a little darker: the plinth's shadow.
  body.box([-w, y0, back], [w, height, frontZ], { ...all(WHITE, 0.8), bottom: null })
  const headerBottom = fascia.y - fascia.height / 2 - HEADER_DROP
  body.box([-w, headerBottom, frontZ], [w, height, headerZ], { ...all(WHITE), nz: null })
  // A lamp along the header's front edge, lighting the screen and the panel below it.
  trim.box([-w + 0.05, headerBottom - 0.025, headerZ - 0.09], [w - 0.05, headerBottom, headerZ - 0.04], {
    ...all(LAMP),
    bottom: face(LAMP, 2),
    pz: face(LAMP, 1.6),
  })
  const px0 = panel.x - panel.width / 2
  const px1 = panel.x + panel.width / 2
  body.box([px0, y0, frontZ], [px1, COUNTER_HEIGHT - 0.04, headerZ - 0.04], { ...all(WHITE, 0.85), nz: null })
  trim.box([px0 - 0.02, COUNTER_HEIGHT - 0.04, frontZ], [px1 + 0.02, COUNTER_HEIGHT, headerZ], all(COUNTER_TOP))
  // The screen set into the wall: a bezel that stands out round a picture lying deeper.
  const rim = 0.04
  const [sx0, sx1] = [screen.x - screen.width / 2, screen.x + screen.width / 2]
  const [sy0, sy1] = [screen.y - screen.height / 2, screen.y + screen.height / 2]
  const z1 = frontZ + BEZEL_DEPTH
  const bezel = all(BEZEL)
  trim.box([sx0 - rim, sy1, frontZ], [sx1 + rim, sy1 + rim, z1], bezel)
  trim.box([sx0 - rim, sy0 - rim, frontZ], [sx1 + rim, sy0, z1], bezel)
  trim.box([sx0 - rim, sy0, frontZ], [sx0, sy1, z1], bezel)
  trim.box([sx1, sy0, frontZ], [sx1 + rim, sy1, z1], bezel)
  return { body: body.build(), trim: trim.build() }
}
