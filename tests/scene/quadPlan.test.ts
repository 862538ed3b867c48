import { standFace } from '../../src/scene/stands/standFace.ts'
import { describe, expect, it } from 'vitest'
import { computeLayout } from '../../src/layout/index.ts'
import { ShelfPacker } from '../../src/scene/atlas/packer.ts'
import {
  ATLAS_LAYER_BUDGET,
  fitToAtlas,
  MAX_PICTURE,
  planQuads,
  standScreen,
  type PlannedQuad,
} from '../../src/scene/atlas/quadPlan.ts'
import { seatPlaces } from '../../src/scene/building/seats.ts'
import { buildManifest, minimalManifest } from '../layout/helpers.ts'

describe('planQuads', () => {
  const layout = computeLayout(
    buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: 90 }, { kind: 'auditorium' }]),
  )
  const quads = planQuads(layout)

  it('hangs a fascia, a poster and a panel per stand, a sign per room, the board and the auditorium screen', () => {
    expect(quads).toHaveLength(3 * 90 + layout.rooms.length + 1 + 1)
    expect(new Set(quads.map((q) => q.key)).size).toBe(quads.length)
  })

  it('puts each stand picture on the front of its stand, facing the visitor', () => {
    for (const stand of layout.stands) {
      for (const kind of ['header', 'poster', 'panel']) {
        const q = quads.find((x) => x.key === `${kind}:${stand.defiId}`)!
        const out = { x: q.placement.position.x - stand.position.x, z: q.placement.position.z - stand.position.z }
        // On the front of what holds it (the header's, or the back wall's where the screen is set in), a little out.
        const face = standFace(stand.size)
        const front = kind === 'header' ? face.headerZ : face.frontZ
        const ahead = out.x * stand.facing.x + out.z * stand.facing.z
        const across = Math.abs(out.x * stand.facing.z - out.z * stand.facing.x)
        expect(ahead).toBeGreaterThan(front)
        expect(ahead).toBeLessThan(front + 0.1)
        expect(ahead).toBeLessThanOrEqual(stand.size.depth / 2 + 0.1)
        expect(across + q.placement.width / 2).toBeLessThanOrEqual(stand.size.width / 2 + 1e-9)
        expect(q.placement.rotationY).toBe(stand.rotationY)
        expect(q.placement.position.y + q.placement.height / 2).toBeLessThanOrEqual(stand.size.height)
      }
    }
  })

  it('puts the title above the screen, and the video just in front of the poster', () => {
    const stand = layout.stands[0]!
    const header = quads.find((q) => q.key === `header:${stand.defiId}`)!.placement
    const poster = quads.find((q) => q.key === `poster:${stand.defiId}`)!.placement
    expect(header.position.y - header.height / 2).toBeGreaterThan(poster.position.y + poster.height / 2)
    const video = standScreen(stand)
    const ahead = (p: { x: number; z: number }) => p.x * stand.facing.x + p.z * stand.facing.z
    expect(ahead(video.position)).toBeGreaterThan(ahead(poster.position))
    expect(video.width / video.height).toBeCloseTo(16 / 9, 5)
  })

  it('draws pictures at a readable density, never larger than an atlas layer', () => {
    for (const q of quads) {
      expect(q.pixels.width).toBeLessThanOrEqual(MAX_PICTURE)
      expect(q.pixels.height).toBeLessThanOrEqual(MAX_PICTURE)
    }
    const sign = quads.find((q) => q.subject.kind === 'sign' && q.subject.roomId === layout.rooms[1]!.id)!
    // A room title sign is read from across the lobby, where its height covers a hundred pixels at most.
    expect(sign.pixels.height).toBeGreaterThanOrEqual(100)
  })
})

describe('fitToAtlas', () => {
  const packed = (quads: PlannedQuad[]) => {
    const packer = new ShelfPacker(1024, 4)
    for (const q of [...quads].sort((a, b) => b.pixels.height - a.pixels.height)) {
      packer.allocate(q.pixels.width, q.pixels.height)
    }
    return packer.layerCount
  }
  const header = (quads: PlannedQuad[]) => quads.find((q) => q.subject.kind === 'standHeader')!.pixels

  it('keeps full sharpness for an exhibition of a few rooms', () => {
    const layout = computeLayout(
      buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: 5 }, { kind: 'themed', stands: 12 }]),
    )
    expect(fitToAtlas(layout)).toEqual(planQuads(layout))
    expect(packed(fitToAtlas(layout))).toBeLessThanOrEqual(ATLAS_LAYER_BUDGET)
  })

  it('draws 90 stands a little less sharp so the atlas stays within its video memory budget', () => {
    const layout = computeLayout(
      buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: 90 }, { kind: 'auditorium' }]),
    )
    const full = planQuads(layout)
    const fitted = fitToAtlas(layout)
    expect(packed(full)).toBeGreaterThan(ATLAS_LAYER_BUDGET)
    expect(packed(fitted)).toBeLessThanOrEqual(ATLAS_LAYER_BUDGET)
    expect(header(fitted).width).toBeLessThan(header(full).width)
    // Still readable up close: a title line of 300 px across the stand.
    expect(header(fitted).width).toBeGreaterThanOrEqual(300)
  })
})

describe('seatPlaces', () => {
  it('fills the seating area with rows facing the screen, leaving an aisle', () => {
    const layout = computeLayout(minimalManifest())
    const room = layout.rooms.find((r) => r.kind === 'auditorium')
    if (room?.kind !== 'auditorium') throw new Error('no auditorium')
    const seats = seatPlaces(room.seating)
    expect(seats.length).toBeGreaterThan(50)
    for (const s of seats) {
      expect(s.x).toBeGreaterThanOrEqual(room.interior.minX)
      expect(s.x).toBeLessThanOrEqual(room.interior.maxX)
      expect(s.z).toBeGreaterThanOrEqual(room.interior.minZ)
      expect(s.z).toBeLessThanOrEqual(room.interior.maxZ)
      expect(s.rotationY).toBeCloseTo(Math.atan2(room.seating.facing.x, room.seating.facing.z), 9)
    }
    // The middle of each row is free: nobody sits on the screen's axis.
    const axis = room.screen.position
    const onAxis = seats.filter(
      (s) => Math.abs((s.x - axis.x) * room.seating.facing.z - (s.z - axis.z) * room.seating.facing.x) < 0.4,
    )
    expect(onAxis).toEqual([])
  })
})
