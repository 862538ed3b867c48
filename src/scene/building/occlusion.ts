import { BufferGeometry, Float32BufferAttribute, Uint32BufferAttribute } from 'three'
import type { Door, Layout, LayoutRoom, Rect, Stand } from '../../layout/index.ts'
import { seatPlaces } from './seats.ts'
import type { Point3 } from './meshBuilder.ts'

/** How dark the shadow gets, as the opacity of black, where it is deepest. */
const FLOOR_BY_WALL = 0.34
const WALL_BY_FLOOR = 0.28
const BY_CEILING = 0.2
const UNDER_STAND = 0.55
const UNDER_SEAT = 0.5
/** How far each shadow reaches, in metres. */
const FLOOR_REACH = 0.9
const WALL_REACH = 0.7
const CEILING_REACH = 0.6
const STAND_REACH = 0.5
const SEAT_REACH = 0.3
const SEAT_FOOT = { halfWidth: 0.27, back: -0.27, front: 0.22 }

/** Black quads whose opacity fades from corner to corner: the ambient occlusion of the building, baked once. */
class ShadowBuilder {
  private readonly positions: number[] = []
  private readonly colours: number[] = []
  private readonly indices: number[] = []

  quad(corners: [Point3, Point3, Point3, Point3], alphas: [number, number, number, number]) {
    const first = this.positions.length / 3
    corners.forEach((p, i) => {
      this.positions.push(...p)
      this.colours.push(0, 0, 0, alphas[i]!)
    })
    this.indices.push(first, first + 1, first + 2, first, first + 2, first + 3)
  }

  /** A shadow on the floor under a rectangle (`inner`, its corners in order round it), fading out to `outer`. */
  footprint(inner: [number, number][], outer: [number, number][], depth: number, y = 0) {
    const p = (c: [number, number]): Point3 => [c[0], y, c[1]]
    this.quad([p(inner[0]!), p(inner[1]!), p(inner[2]!), p(inner[3]!)], [depth, depth, depth, depth])
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4
      this.quad([p(inner[i]!), p(outer[i]!), p(outer[j]!), p(inner[j]!)], [depth, 0, 0, depth])
    }
  }

  build(): BufferGeometry {
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3))
    geometry.setAttribute('color', new Float32BufferAttribute(this.colours, 4))
    geometry.setIndex(new Uint32BufferAttribute(this.indices, 1))
    geometry.computeBoundingSphere()
    return geometry
  }
}

type Edge = { along: 'x' | 'z'; at: number; from: number; to: number; inward: 1 | -1 }

/** A room's four inner wall faces, each cut where a doorway opens in it. */
function edges(room: LayoutRoom, doors: readonly Door[], thickness: number): Edge[] {
  const r: Rect = room.interior
  const sides: Edge[] = [
    { along: 'x', at: r.minZ, from: r.minX, to: r.maxX, inward: 1 },
    { along: 'x', at: r.maxZ, from: r.minX, to: r.maxX, inward: -1 },
    { along: 'z', at: r.minX, from: r.minZ, to: r.maxZ, inward: 1 },
    { along: 'z', at: r.maxX, from: r.minZ, to: r.maxZ, inward: -1 },
  ]
  return sides.flatMap((edge) => {
    let pieces: [number, number][] = [[edge.from, edge.to]]
    for (const d of doors) {
      const alongX = Math.abs(d.a.z - d.b.z) < 1e-6
      if ((edge.along === 'x') !== alongX) continue
      const line = alongX ? d.a.z : d.a.x
      if (Math.abs(line - edge.at) > thickness) continue
      const lo = Math.min(alongX ? d.a.x : d.a.z, alongX ? d.b.x : d.b.z)
      const hi = Math.max(alongX ? d.a.x : d.a.z, alongX ? d.b.x : d.b.z)
      pieces = pieces.flatMap(([a, b]): [number, number][] =>
        hi <= a || lo >= b
          ? [[a, b]]
          : (
              [
                [a, lo],
                [hi, b],
              ] as [number, number][]
            ).filter(([x, y]) => y - x > 1e-3),
      )
    }
    return pieces.map(([from, to]) => ({ ...edge, from, to }))
  })
}

/** The plan point at `u` along an edge and `v` into the room from it. */
const onEdge = (e: Edge, u: number, v: number, y: number): Point3 =>
  e.along === 'x' ? [u, y, e.at + e.inward * v] : [e.at + e.inward * v, y, u]

function roomShadows(b: ShadowBuilder, room: LayoutRoom, doors: readonly Door[], thickness: number) {
  const h = room.height
  for (const e of edges(room, doors, thickness)) {
    b.quad(
      [
        onEdge(e, e.from, 0, 0),
        onEdge(e, e.to, 0, 0),
        onEdge(e, e.to, FLOOR_REACH, 0),
        onEdge(e, e.from, FLOOR_REACH, 0),
      ],
      [FLOOR_BY_WALL, FLOOR_BY_WALL, 0, 0],
    )
    b.quad(
      [
        onEdge(e, e.from, 0, 0),
        onEdge(e, e.to, 0, 0),
        onEdge(e, e.to, 0, WALL_REACH),
        onEdge(e, e.from, 0, WALL_REACH),
      ],
      [WALL_BY_FLOOR, WALL_BY_FLOOR, 0, 0],
    )
    b.quad(
      [
        onEdge(e, e.from, 0, h),
        onEdge(e, e.to, 0, h),
        onEdge(e, e.to, CEILING_REACH, h),
        onEdge(e, e.from, CEILING_REACH, h),
      ],
      [BY_CEILING, BY_CEILING, 0, 0],
    )
    b.quad(
      [
        onEdge(e, e.from, 0, h),
        onEdge(e, e.to, 0, h),
        onEdge(e, e.to, 0, h - CEILING_REACH),
        onEdge(e, e.from, 0, h - CEILING_REACH),
      ],
      [BY_CEILING, BY_CEILING, 0, 0],
    )
  }
}

/** The four plan corners of a footprint turned by `rotationY` about (`x`, `z`): x from `x0` to `x1`, z `z0` to `z1`. */
function turned(x: number, z: number, rotationY: number, x0: number, x1: number, z0: number, z1: number) {
  const c = Math.cos(rotationY)
  const s = Math.sin(rotationY)
  return (
    [
      [x0, z0],
      [x1, z0],
      [x1, z1],
      [x0, z1],
    ] as const
  ).map(([u, w]) => [x + c * u + s * w, z - s * u + c * w] as [number, number])
}

/** The shadow of a footprint from (`x0`, `z0`) to (`x1`, `z1`) in an object's frame, spreading `reach` round it. */
function shadowOf(
  b: ShadowBuilder,
  at: { x: number; z: number; rotationY: number },
  box: number[],
  reach: number,
  depth: number,
) {
  const [x0, x1, z0, z1] = box as [number, number, number, number]
  const inner = turned(at.x, at.z, at.rotationY, x0, x1, z0, z1)
  const outer = turned(at.x, at.z, at.rotationY, x0 - reach, x1 + reach, z0 - reach, z1 + reach)
  b.footprint(inner, outer, depth)
}

function standShadow(b: ShadowBuilder, stand: Stand) {
  const { width, depth } = stand.size
  const at = { ...stand.position, rotationY: stand.rotationY }
  shadowOf(b, at, [-width / 2, width / 2, -depth / 2, depth / 2], STAND_REACH, UNDER_STAND)
}

/**
 * The soft shadows of the building, baked once from its layout: along every wall where it meets the floor and the
 * ceiling, under every stand and every seat. Drawn as black with a fading opacity over the surfaces, in one draw call.
 */
export function buildOcclusion(layout: Layout): BufferGeometry {
  const b = new ShadowBuilder()
  for (const room of layout.rooms) roomShadows(b, room, layout.doors, layout.options.wallThickness)
  for (const stand of layout.stands) standShadow(b, stand)
  for (const room of layout.rooms) {
    if (room.kind !== 'auditorium') continue
    for (const seat of seatPlaces(room.seating)) {
      const { halfWidth, back, front } = SEAT_FOOT
      shadowOf(b, seat, [-halfWidth, halfWidth, back, front], SEAT_REACH, UNDER_SEAT)
    }
  }
  return b.build()
}
