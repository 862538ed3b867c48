import type { BufferGeometry } from 'three'
import type { StandSize } from '../../layout/index.ts'
import { face, MeshBuilder } from '../building/meshBuilder.ts'
import { FRAME_DEPTH, standFace } from './standFace.ts'

const WHITE = { r: 255, g: 255, b: 255 }
const DARK = { r: 40, g: 40, b: 40 }

/**
 * One stand's body and its screen frame, in one geometry meant for an `InstancedMesh`: the body's vertices are white,
 * so the instance colour (the room's theme) paints it; the frame is dark whatever the theme.
 */
export function buildStandGeometry(size: StandSize): BufferGeometry {
  const b = new MeshBuilder()
  const { width, height, depth } = size
  const body = face(WHITE, 1, 0.8)
  b.box([-width / 2, 0, -depth / 2], [width / 2, height, depth / 2], {
    pz: body,
    nz: face(WHITE, 0.8, 0.8),
    px: face(WHITE, 0.88, 0.8),
    nx: face(WHITE, 0.88, 0.8),
    top: face(WHITE, 1.05),
  })
  const { screen, frontZ } = standFace(size)
  const rim = 0.03
  const frame = face(DARK, 1)
  b.box(
    [screen.x - screen.width / 2 - rim, screen.y - screen.height / 2 - rim, frontZ],
    [screen.x + screen.width / 2 + rim, screen.y + screen.height / 2 + rim, frontZ + FRAME_DEPTH],
    { pz: frame, px: frame, nx: frame, top: frame, bottom: frame },
  )
  return b.build()
}
