import { BufferGeometry, Float32BufferAttribute, Uint32BufferAttribute } from 'three'
import { toLinear, type Rgb } from '../colour.ts'

/** A point in the building, in metres. */
export type Point3 = [number, number, number]

/** Where the key light comes from: high up, from the entrance's right (normalised). */
export const LIGHT: Point3 = [0.551, 0.651, 0.521]
// A weaker fill from the other side, so that no two sides of a box get the same light.
const FILL: Point3 = [-0.8, 0.2, -0.3]

/**
 * How much light a surface facing `normal` (unit) receives from the building's lights, baked once: a sky light from
 * above and a key light from `light`. Faces of a box each get their own value, so corners read without any lighting
 * computed per frame; a floor gets all of it, a ceiling the light bounced off the floor.
 */
export function lightFor(normal: Point3, light: Point3 = LIGHT): number {
  const [nx, ny, nz] = normal
  const key = Math.max(0, nx * light[0] + ny * light[1] + nz * light[2])
  const fill = Math.max(0, nx * FILL[0] + ny * FILL[1] + nz * FILL[2])
  const sky = 0.5 + 0.5 * ny
  return Math.min(1, 0.5 + 0.25 * sky + 0.32 * key + 0.1 * fill)
}

/**
 * Collects quads with vertex colours into one geometry, so that a whole building is a single draw call. Colours are
 * given in sRGB and stored linear, as three.js expects vertex colours. Each quad is lit by its direction (see
 * `lightFor`); `shade` darkens a vertex further (baked occlusion).
 */
export class MeshBuilder {
  private readonly positions: number[] = []
  private readonly colours: number[] = []
  private readonly indices: number[] = []

  /** `light`: where the key light comes from, in the geometry's own frame. */
  constructor(private readonly light: Point3 = LIGHT) {}

  /** Adds the quad a→b→c→d (counter-clockwise seen from its front), each corner with its own shade. */
  quad(
    corners: [Point3, Point3, Point3, Point3],
    colour: Rgb,
    shades: [number, number, number, number] = [1, 1, 1, 1],
  ) {
    const first = this.positions.length / 3
    const lit = lightFor(normalOf(corners), this.light)
    corners.forEach((p, i) => {
      this.positions.push(...p)
      const s = shades[i]! * lit
      this.colours.push(toLinear(colour.r) * s, toLinear(colour.g) * s, toLinear(colour.b) * s)
    })
    this.indices.push(first, first + 1, first + 2, first, first + 2, first + 3)
  }

  /** An axis-aligned box without its bottom face; `faces` picks the colour of each side (null leaves it out). */
  box(min: Point3, max: Point3, faces: BoxFaces) {
    const [x0, y0, z0] = min
    const [x1, y1, z1] = max
    const side = (f: Face | null | undefined, corners: [Point3, Point3, Point3, Point3]) => {
      if (f) this.quad(corners, f.colour, [f.shade * f.foot, f.shade * f.foot, f.shade, f.shade])
    }
    side(faces.pz, [
      [x0, y0, z1],
      [x1, y0, z1],
      [x1, y1, z1],
      [x0, y1, z1],
    ])
    side(faces.nz, [
      [x1, y0, z0],
      [x0, y0, z0],
      [x0, y1, z0],
      [x1, y1, z0],
    ])
    side(faces.px, [
      [x1, y0, z1],
      [x1, y0, z0],
      [x1, y1, z0],
      [x1, y1, z1],
    ])
    side(faces.nx, [
      [x0, y0, z0],
      [x0, y0, z1],
      [x0, y1, z1],
      [x0, y1, z0],
    ])
    if (faces.top)
      this.quad(
        [
          [x0, y1, z1],
          [x1, y1, z1],
          [x1, y1, z0],
          [x0, y1, z0],
        ],
        faces.top.colour,
        [faces.top.shade, faces.top.shade, faces.top.shade, faces.top.shade],
      )
    if (faces.bottom)
      this.quad(
        [
          [x0, y0, z0],
          [x1, y0, z0],
          [x1, y0, z1],
          [x0, y0, z1],
        ],
        faces.bottom.colour,
        [faces.bottom.shade, faces.bottom.shade, faces.bottom.shade, faces.bottom.shade],
      )
  }

  /** How many triangles so far. */
  get triangles(): number {
    return this.indices.length / 3
  }

  /** The geometry, with its bounding volumes computed. */
  build(): BufferGeometry {
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3))
    geometry.setAttribute('color', new Float32BufferAttribute(this.colours, 3))
    geometry.setIndex(new Uint32BufferAttribute(this.indices, 1))
    geometry.computeBoundingBox()
    geometry.computeBoundingSphere()
    return geometry
  }
}

/** The unit normal of a counter-clockwise quad. */
function normalOf([a, b, , d]: [Point3, Point3, Point3, Point3]): Point3 {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const v = [d[0] - a[0], d[1] - a[1], d[2] - a[2]]
  const n: Point3 = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
  const len = Math.hypot(...n) || 1
  return [n[0] / len, n[1] / len, n[2] / len]
}

/** One side of a box: its colour, its shade, and how much darker its foot is (fake contact shadow). */
export type Face = { colour: Rgb; shade: number; foot: number }

/** The sides of a box, named by the axis their outward normal points along. */
export type BoxFaces = Partial<Record<'px' | 'nx' | 'pz' | 'nz' | 'top' | 'bottom', Face | null>>

/** A face of the given colour, lit a little differently by orientation so that corners read. */
export function face(colour: Rgb, shade = 1, foot = 1): Face {
  return { colour, shade, foot }
}
