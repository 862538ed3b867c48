import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collide, computeLayout, path, type Layout } from '../../src/layout/index.ts'
import { blockedLegs, buildManifest, inRect, overlapArea, reachableRooms, rectGap, type RoomSpec } from './helpers.ts'

const roomSpec: fc.Arbitrary<RoomSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }).map((stands): RoomSpec => ({ kind: 'themed', stands })) },
  // Big rooms, with islands and aisles.
  { weight: 1, arbitrary: fc.integer({ min: 25, max: 70 }).map((stands): RoomSpec => ({ kind: 'themed', stands })) },
  { weight: 1, arbitrary: fc.constant<RoomSpec>({ kind: 'auditorium' }) },
)
const manifests = fc
  .record({
    rooms: fc.array(roomSpec, { minLength: 1, maxLength: 6 }),
    lobby: fc.boolean(),
    lobbyAt: fc.nat(),
  })
  .map(({ rooms, lobby, lobbyAt }) => {
    const list = [...rooms]
    if (lobby) list.splice(lobbyAt % (list.length + 1), 0, { kind: 'lobby' })
    return buildManifest(list)
  })

function expectSound(layout: Layout) {
  for (const [i, a] of layout.rooms.entries()) {
    for (const b of layout.rooms.slice(i + 1)) expect(overlapArea(a.bounds, b.bounds), `${a.id}/${b.id}`).toBe(0)
  }
  expect(reachableRooms(layout)).toEqual(new Set(layout.rooms.map((r) => r.id)))
  const spawn = { x: layout.spawn.position.x, z: layout.spawn.position.z }
  const R = layout.options.visitorRadius
  for (const room of layout.rooms) {
    // Every aisle is clear of walls and stands by a visitor's radius, and together they are one connected floor.
    for (const aisle of room.aisles) {
      for (const c of layout.colliders)
        expect(rectGap(aisle, c.a, c.b)).toBeGreaterThanOrEqual(R + c.thickness / 2 - 1e-6)
    }
    const joined = new Set([0])
    for (let grew = true; grew;) {
      grew = false
      room.aisles.forEach((a, i) => {
        if (joined.has(i)) return
        if ([...joined].some((j) => overlapArea(a, room.aisles[j]!) > 0)) grew = joined.add(i) !== null
      })
    }
    expect(joined.size, room.id).toBe(room.aisles.length)
  }
  for (const stand of layout.stands) {
    const room = layout.rooms.find((r) => r.id === stand.roomId)!
    expect(inRect(room.interior, stand.position)).toBe(true)
    expect(room.aisles.some((a) => inRect(a, stand.front))).toBe(true)
    const route = path(layout, spawn, stand.front)
    expect(blockedLegs(route, layout.colliders, R), stand.defiId).toEqual([])
    // Walked for real, leg after leg, the visitor arrives.
    let at = spawn
    for (const point of route.slice(1)) at = collide(at, point, layout.colliders, R)
    expect(Math.hypot(at.x - stand.front.x, at.z - stand.front.z)).toBeLessThan(1e-6)
  }
}

describe('computeLayout on random manifests', () => {
  it('never overlaps rooms, and every stand can be walked to from the entrance', () => {
    fc.assert(
      fc.property(manifests, (manifest) => expectSound(computeLayout(manifest))),
      { numRuns: 40 },
    )
  })

  it('stays sound with other sizes', () => {
    const options = fc.record({
      standSpacing: fc.double({ min: 3, max: 7, noNaN: true }),
      viewDistance: fc.double({ min: 1.5, max: 4, noNaN: true }),
      lobbyWidth: fc.double({ min: 6, max: 16, noNaN: true }),
    })
    fc.assert(
      fc.property(manifests, options, (manifest, o) => expectSound(computeLayout(manifest, o))),
      { numRuns: 20 },
    )
  })
})
