import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collide, computeLayout, firstHit, isClear, type Vec2, type Wall } from '../../src/layout/index.ts'
import { bigRooms, buildManifest, clearance, inRect } from './helpers.ts'

const R = 0.3
// A wall along x at z = 0, 0.2 m thick: a visitor's centre must stay 0.4 m from its line.
const wall: Wall = { a: { x: -10, z: 0 }, b: { x: 10, z: 0 }, thickness: 0.2 }
const layout = computeLayout(buildManifest(bigRooms))

describe('collide', () => {
  it('moves freely where nothing is in the way', () => {
    expect(collide({ x: 0, z: 5 }, { x: 3, z: 2 }, [wall], R)).toEqual({ x: 3, z: 2 })
  })

  it('stops a head-on walk at the wall, a radius and half a thickness away', () => {
    const end = collide({ x: 0, z: 5 }, { x: 0, z: -5 }, [wall], R)
    expect(end.x).toBeCloseTo(0)
    expect(end.z).toBeGreaterThanOrEqual(0.4)
    expect(end.z).toBeLessThan(0.41)
  })

  it('never goes through a wall, even with a very long move', () => {
    for (const to of [
      { x: 0, z: -1000 },
      { x: 3, z: -1e6 },
      { x: -9.9, z: -50 },
    ]) {
      expect(collide({ x: 0, z: 1 }, to, [wall], R).z).toBeGreaterThanOrEqual(0.4 - 1e-9)
    }
  })

  it('slides along a wall met at an angle instead of stopping dead', () => {
    const end = collide({ x: 0, z: 1 }, { x: 4, z: -3 }, [wall], R)
    expect(end.x).toBeCloseTo(4, 3)
    expect(end.z).toBeCloseTo(0.4, 3)
  })

  it('slides round the end of a wall when a visitor keeps walking at it, frame after frame', () => {
    let at = { x: 10.2, z: 2 }
    for (let frame = 0; frame < 40; frame++) {
      at = collide(at, { x: at.x, z: at.z - 0.1 }, [wall], R)
      expect(clearance(at, [wall])).toBeGreaterThanOrEqual(R - 1e-9)
    }
    expect(at.z).toBeLessThan(-1)
  })

  it('stops in a corner, inside both walls', () => {
    const side: Wall = { a: { x: 0, z: 0 }, b: { x: 0, z: 10 }, thickness: 0.2 }
    const end = collide({ x: 3, z: 3 }, { x: -5, z: -4 }, [wall, side], R)
    expect(end.x).toBeCloseTo(0.4, 3)
    expect(end.z).toBeCloseTo(0.4, 3)
  })

  it('walks through a doorway but not through a gap narrower than the visitor', () => {
    const door = layout.doors[0]!
    const [lobbySide, roomSide] = door.approaches
    expect(collide(lobbySide, roomSide, layout.colliders, R)).toEqual(roomSide)
    const left: Wall = { a: { x: -10, z: 0 }, b: { x: -0.35, z: 0 }, thickness: 0.2 }
    const right: Wall = { a: { x: 0.35, z: 0 }, b: { x: 10, z: 0 }, thickness: 0.2 }
    expect(collide({ x: 0, z: 2 }, { x: 0, z: -2 }, [left, right], R).z).toBeGreaterThan(0)
  })

  it('pushes a start that overlaps a wall out of it', () => {
    const end = collide({ x: 0, z: 0.1 }, { x: 0, z: 0.1 }, [wall], R)
    expect(clearance(end, [wall])).toBeGreaterThanOrEqual(R - 1e-9)
  })

  it('never leaves a visitor inside a wall, nor lets it out of the building, over long random walks', () => {
    const start: Vec2 = { x: layout.spawn.position.x, z: layout.spawn.position.z }
    const move = fc.record({ angle: fc.double({ min: 0, max: 2 * Math.PI }), reach: fc.double({ min: 0, max: 40 }) })
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 60 }), (moves) => {
        let at = start
        for (const { angle, reach } of moves) {
          at = collide(
            at,
            { x: at.x + Math.cos(angle) * reach, z: at.z + Math.sin(angle) * reach },
            layout.colliders,
            R,
          )
          expect(clearance(at, layout.colliders)).toBeGreaterThanOrEqual(R - 1e-6)
          expect(layout.rooms.some((r) => inRect(r.interior, at))).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })
})

describe('firstHit', () => {
  it('tells how far along a move the first wall is met', () => {
    const hit = firstHit({ x: 0, z: 2.4 }, { x: 0, z: -1.6 }, [wall], R)
    expect(hit?.t).toBeCloseTo(0.5)
    expect(hit?.normal).toEqual({ x: 0, z: 1 })
    expect(firstHit({ x: 0, z: 2.4 }, { x: 5, z: 2.4 }, [wall], R)).toBeNull()
  })
})

describe('isClear', () => {
  it('is true only for straight walks that keep a radius away from every wall', () => {
    expect(isClear({ x: -5, z: 1 }, { x: 5, z: 1 }, [wall], R)).toBe(true)
    expect(isClear({ x: -5, z: 1 }, { x: 5, z: 0.3 }, [wall], R)).toBe(false)
    expect(isClear({ x: 0, z: 1 }, { x: 0, z: -1 }, [wall], R)).toBe(false)
  })
})
