import { Ray, Vector3, type BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { computeLayout, type Layout, type Vec2 } from '../../src/layout/index.ts'
import { buildArchitecture } from '../../src/scene/building/architecture.ts'
import { roomPalette } from '../../src/scene/building/palette.ts'
import { toLinear, type Rgb } from '../../src/scene/colour.ts'
import { buildManifest, minimalManifest } from '../layout/helpers.ts'

type Hit = { distance: number; colour: [number, number, number] }

/** The first triangle a horizontal ray from `from` towards `to` at height `y` meets before `to`, with its colour. */
function firstHit(geometry: BufferGeometry, from: Vec2, to: Vec2, y: number): Hit | null {
  const pos = geometry.getAttribute('position')
  const col = geometry.getAttribute('color')
  const index = geometry.getIndex()!
  const origin = new Vector3(from.x, y, from.z)
  const direction = new Vector3(to.x - from.x, 0, to.z - from.z)
  const length = direction.length()
  const ray = new Ray(origin, direction.normalize())
  const [a, b, c, at] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()]
  let best: Hit | null = null
  for (let i = 0; i < index.count; i += 3) {
    const [ia, ib, ic] = [index.getX(i), index.getX(i + 1), index.getX(i + 2)]
    a.fromBufferAttribute(pos, ia)
    b.fromBufferAttribute(pos, ib)
    c.fromBufferAttribute(pos, ic)
    if (!ray.intersectTriangle(a, b, c, false, at)) continue
    const distance = at.distanceTo(origin)
    if (distance > length || (best && best.distance <= distance)) continue
    best = { distance, colour: [col.getX(ia), col.getY(ia), col.getZ(ia)] }
  }
  return best
}

const hue = ([r, g, b]: [number, number, number]) => {
  const sum = r + g + b || 1
  return [r / sum, g / sum, b / sum]
}
const linear = (c: Rgb): [number, number, number] => [toLinear(c.r), toLinear(c.g), toLinear(c.b)]
const closeness = (a: [number, number, number], b: [number, number, number]) =>
  hue(a).reduce((d, v, i) => d + Math.abs(v - hue(b)[i]!), 0)

describe('buildArchitecture', () => {
  const layout: Layout = computeLayout(minimalManifest())
  const geometry = buildArchitecture(layout)

  it('leaves every doorway open up to the door height', () => {
    for (const door of layout.doors) {
      const [outside, inside] = door.approaches
      for (const y of [0.2, 1.0, 1.6, door.height - 0.1]) expect(firstHit(geometry, outside, inside, y)).toBeNull()
    }
  })

  it('closes the wall above the door and beside it', () => {
    for (const door of layout.doors) {
      const [outside, inside] = door.approaches
      expect(firstHit(geometry, outside, inside, door.height + 0.3)).not.toBeNull()
      const along = { x: door.b.x - door.a.x, z: door.b.z - door.a.z }
      const aside = (p: Vec2) => ({ x: p.x + along.x * 1.5, z: p.z + along.z * 1.5 })
      expect(firstHit(geometry, aside(outside), aside(inside), 1.6)).not.toBeNull()
    }
  })

  it('paints each side of a wall in the colours of the room it faces', () => {
    for (const door of layout.doors) {
      const [lobbyId, roomId] = door.rooms
      const [outside, inside] = door.approaches
      const along = { x: (door.b.x - door.a.x) * 1.5, z: (door.b.z - door.a.z) * 1.5 }
      const shift = (p: Vec2) => ({ x: p.x + along.x, z: p.z + along.z })
      const theme = (id: string) => layout.rooms.find((r) => r.id === id)!.themeColor
      const seenFromLobby = firstHit(geometry, shift(outside), shift(inside), 1.6)!.colour
      const seenFromRoom = firstHit(geometry, shift(inside), shift(outside), 1.6)!.colour
      const lobbyWall = linear(roomPalette(theme(lobbyId)).wall)
      const roomWall = linear(roomPalette(theme(roomId)).wall)
      expect(closeness(seenFromLobby, lobbyWall)).toBeLessThan(closeness(seenFromLobby, roomWall) + 1e-9)
      expect(closeness(seenFromRoom, roomWall)).toBeLessThan(closeness(seenFromRoom, lobbyWall) + 1e-9)
    }
  })

  it('has a floor under and a ceiling over every room', () => {
    for (const room of layout.rooms) {
      const c = { x: (room.interior.minX + room.interior.maxX) / 2, z: (room.interior.minZ + room.interior.maxZ) / 2 }
      const down = new Ray(new Vector3(c.x, 1, c.z), new Vector3(0, -1, 0))
      const up = new Ray(new Vector3(c.x, 1, c.z), new Vector3(0, 1, 0))
      const hits = (ray: Ray) => {
        const pos = geometry.getAttribute('position')
        const index = geometry.getIndex()!
        const [a, b, d, at] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()]
        for (let i = 0; i < index.count; i += 3) {
          a.fromBufferAttribute(pos, index.getX(i))
          b.fromBufferAttribute(pos, index.getX(i + 1))
          d.fromBufferAttribute(pos, index.getX(i + 2))
          // Back faces are culled when drawn: only a face turned towards the visitor counts.
          if (ray.intersectTriangle(a, b, d, true, at)) return true
        }
        return false
      }
      expect(hits(down)).toBe(true)
      expect(hits(up)).toBe(true)
    }
  })

  it('does not grow with the number of stands: a room of 90 costs at most its floor tiles more than a room of 4', () => {
    const triangles = (n: number) =>
      buildArchitecture(computeLayout(buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: n }]))).getIndex()!
        .count / 3
    // At most 24 × 24 tiles of two triangles per floor (the room's, the lobby's), however big the room.
    const floors = 2 * 2 * 25 * 25
    expect(triangles(90)).toBeLessThanOrEqual(triangles(4) + floors)
    expect(triangles(200)).toBeLessThanOrEqual(triangles(4) + floors)
  })
})
