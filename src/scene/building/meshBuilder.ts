import { BufferGeometry, Float32BufferAttribute, Uint32BufferAttribute } from 'three'
import { toLinear, type Rgb } from '../colour.ts'

/** A point in the building, in metres. */
export type Point3 = [number, number, number]

/**
 * Collects quads with flat vertex colours into one geometry, so that a whole building is a single draw call. Colours
 * are given in sRGB and stored linear, as three.js expects vertex colours; `shade` darkens a vertex (baked light).
 */
export class MeshBuilder {
  private readonly positions: number[] = []
  private readonly colours: number[] = []
  private readonly indices: number[] = []

  /** Adds the quad a→b→c→d (counter-clockwise seen from its front), each corner with its own shade. */
  quad(
    corners: [Point3, Point3, Point3, Point3],
    colour: Rgb,
    shades: [number, number, number, number] = [1, 1, 1, 1],
  ) {
    const first = this.positions.length / 3
    corners.forEach((p, i) => {
      this.positions.push(...p)
      const s = shades[i]!
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

/** One side of a box: its colour, its shade, and how much darker its foot is (fake contact shadow). */
export type Face = { colour: Rgb; shade: number; foot: number }

/** The sides of a box, named by the axis their outward normal points along. */
export type BoxFaces = Partial<Record<'px' | 'nx' | 'pz' | 'nz' | 'top' | 'bottom', Face | null>>

/** A face of the given colour, lit a little differently by orientation so that corners read. */
export function face(colour: Rgb, shade = 1, foot = 1): Face {
  return { colour, shade, foot }
}
