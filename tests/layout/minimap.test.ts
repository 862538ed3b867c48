import { describe, expect, it } from 'vitest'
import { computeLayout, computeMinimap, fromMinimap, toMinimap } from '../../src/layout/index.ts'
import { bigRooms, buildManifest, minimalManifest } from './helpers.ts'

const layout = computeLayout(buildManifest(bigRooms))

describe('computeMinimap', () => {
  it('fits the whole plan into the box, padding kept, proportions kept', () => {
    const map = computeMinimap(layout, 300, 200, 10)
    const xs = map.rooms.flatMap((r) => [r.x, r.x + r.width])
    const ys = map.rooms.flatMap((r) => [r.y, r.y + r.height])
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10 - 1e-9)
    expect(Math.max(...xs)).toBeLessThanOrEqual(290 + 1e-9)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(10 - 1e-9)
    expect(Math.max(...ys)).toBeLessThanOrEqual(190 + 1e-9)
    // One side of the box is filled: the plan is as large as it can be.
    expect(Math.max(Math.max(...xs) - Math.min(...xs) - 280, Math.max(...ys) - Math.min(...ys) - 180)).toBeCloseTo(0)
    for (const [i, room] of layout.rooms.entries()) {
      const drawn = map.rooms[i]!
      const ratio = (room.bounds.maxX - room.bounds.minX) / (room.bounds.maxZ - room.bounds.minZ)
      expect(drawn.width / drawn.height).toBeCloseTo(ratio)
      expect(drawn).toMatchObject({ id: room.id, title: room.title, themeColor: room.themeColor, kind: room.kind })
    }
  })

  it('draws every stand inside its room, and every door on a room edge', () => {
    const map = computeMinimap(layout, 240, 240)
    expect(map.stands).toHaveLength(layout.stands.length)
    for (const s of map.stands) {
      const r = map.rooms.find((room) => room.id === s.roomId)!
      expect(s.point.x).toBeGreaterThan(r.x)
      expect(s.point.x).toBeLessThan(r.x + r.width)
      expect(s.point.y).toBeGreaterThan(r.y)
      expect(s.point.y).toBeLessThan(r.y + r.height)
    }
    expect(map.doors.map((d) => d.id)).toEqual(layout.doors.map((d) => d.id))
    expect(map.walls).toHaveLength(layout.walls.length)
  })

  it('puts the entrance at the bottom and the far end of the hall at the top', () => {
    const map = computeMinimap(computeLayout(minimalManifest()), 100, 100)
    const spawn = toMinimap(map.transform, { x: 0, z: -2 })
    const auditorium = map.rooms.find((r) => r.kind === 'auditorium')!
    expect(auditorium.label.y).toBeLessThan(spawn.y)
    const themed = map.rooms.find((r) => r.kind === 'themed')!
    expect(themed.label.x).toBeGreaterThan(spawn.x)
  })
})

describe('toMinimap', () => {
  it('maps plan points linearly, and fromMinimap undoes it', () => {
    const { transform } = computeMinimap(layout, 320, 180)
    const p = { x: 12.5, z: -40 }
    const q = toMinimap(transform, p)
    const moved = toMinimap(transform, { x: p.x + 1, z: p.z + 2 })
    expect(moved.x - q.x).toBeCloseTo(transform.scale)
    expect(moved.y - q.y).toBeCloseTo(2 * transform.scale)
    const back = fromMinimap(transform, q)
    expect(back.x).toBeCloseTo(p.x)
    expect(back.z).toBeCloseTo(p.z)
  })
})

describe('fromMinimap', () => {
  it('turns a click on a stand back into a point of its room', () => {
    const map = computeMinimap(layout, 400, 400)
    const s = map.stands[20]!
    const back = fromMinimap(map.transform, s.point)
    const stand = layout.stands[20]!
    expect(back.x).toBeCloseTo(stand.position.x)
    expect(back.z).toBeCloseTo(stand.position.z)
  })
})
