import { describe, expect, it } from 'vitest'
import { computeLayout, type Layout, type ThemedRoom } from '../../src/layout/index.ts'
import {
  bigRooms,
  buildManifest,
  clearance,
  footprint,
  inRect,
  minimalManifest,
  overlapArea,
  reachableRooms,
} from './helpers.ts'

const big = computeLayout(buildManifest(bigRooms))
const themed = (layout: Layout) => layout.rooms.filter((r): r is ThemedRoom => r.kind === 'themed')

function expectStandsWellPlaced(layout: Layout, spacing = 4) {
  for (const room of themed(layout)) {
    const stands = layout.stands.filter((s) => s.roomId === room.id)
    expect(stands.map((s) => s.defiId)).toEqual(room.standIds)
    expect(room.aisles[0]).toEqual(room.walkingArea)
    for (const area of room.aisles) {
      expect(area.maxX - area.minX, room.id).toBeGreaterThanOrEqual(2.5)
      expect(area.maxZ - area.minZ, room.id).toBeGreaterThanOrEqual(2.5)
    }
    for (const s of stands) {
      for (const corner of footprint(s)) {
        expect(inRect(room.interior, corner), `${s.defiId} inside ${room.id}`).toBe(true)
        for (const area of room.aisles) expect(inRect(area, corner, -1e-9), `${s.defiId} off the aisles`).toBe(false)
      }
      const area = room.aisles.find((a) => inRect(a, s.front))
      expect(area, `${s.defiId} is viewed from an aisle`).toBeDefined()
      expect(Math.hypot(s.front.x - s.position.x, s.front.z - s.position.z)).toBeCloseTo(2.5)
      const centre = { x: (area!.minX + area!.maxX) / 2, z: (area!.minZ + area!.maxZ) / 2 }
      const toCentre = (centre.x - s.position.x) * s.facing.x + (centre.z - s.position.z) * s.facing.z
      expect(toCentre, `${s.defiId} faces into its aisle`).toBeGreaterThan(0)
      expect(Math.sin(s.rotationY)).toBeCloseTo(s.facing.x)
      expect(Math.cos(s.rotationY)).toBeCloseTo(s.facing.z)
    }
  }
  for (const [i, a] of layout.stands.entries()) {
    // Stands back to back across a wall are in different rooms; only neighbours in one room must keep apart.
    for (const b of layout.stands.slice(i + 1).filter((s) => s.roomId === a.roomId)) {
      const gap = Math.hypot(a.position.x - b.position.x, a.position.z - b.position.z)
      // On an island, two stands stand back to back: facing away from each other, their backs touching.
      const backToBack =
        a.facing.x === -b.facing.x &&
        a.facing.z === -b.facing.z &&
        Math.abs(
          (b.position.x - a.position.x) * a.facing.x + (b.position.z - a.position.z) * a.facing.z + a.size.depth,
        ) < 1e-6 &&
        Math.abs(gap - a.size.depth) < 1e-6
      if (!backToBack) expect(gap, `${a.defiId} and ${b.defiId}`).toBeGreaterThanOrEqual(spacing - 1e-9)
    }
  }
}

describe('computeLayout', () => {
  it('gives a deeply equal layout for the same manifest', () => {
    const manifest = buildManifest(bigRooms)
    expect(computeLayout(manifest)).toEqual(computeLayout(structuredClone(manifest)))
    expect(JSON.stringify(computeLayout(manifest))).toBe(JSON.stringify(big))
  })

  it('lays out the minimal EIG-like fixture: lobby, themed room with ADEX, auditorium', () => {
    const layout = computeLayout(minimalManifest())
    expect(layout.rooms.map((r) => [r.id, r.kind])).toEqual([
      ['lobby', 'lobby'],
      ['donnees', 'themed'],
      ['auditorium', 'auditorium'],
    ])
    expect(layout.rooms[1]!.themeColor).toBe('#1f8d49')
    expect(layout.stands.map((s) => [s.defiId, s.roomId])).toEqual([['adex', 'donnees']])
    expect(layout.doors.map((d) => d.rooms)).toEqual([
      ['lobby', 'donnees'],
      ['lobby', 'auditorium'],
    ])
    expectStandsWellPlaced(layout)
  })

  it.each([1, 17, 90, 120])('holds a room of %i stands, 4 m apart, each seen from an aisle', (count) => {
    const layout = computeLayout(buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: count }]))
    expect(layout.stands).toHaveLength(count)
    expectStandsWellPlaced(layout)
  })

  it('gives a room of 17 stands a clear middle, and islands with aisles above 24 stands', () => {
    const room = (count: number) =>
      computeLayout(buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: count }])).rooms[1]!
    expect(room(17).aisles).toHaveLength(1)
    expect(room(24).aisles).toHaveLength(1)
    expect(room(25).aisles.length).toBeGreaterThan(1)
  })

  it('keeps a room of 90 stands to a third of the floor it had with stands only along its walls (97 × 97 m)', () => {
    const layout = computeLayout(buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: 90 }]))
    const { minX, minZ, maxX, maxZ } = layout.rooms[1]!.interior
    expect((maxX - minX) * (maxZ - minZ)).toBeLessThanOrEqual((97 * 97) / 3)
    // Some stands stand back to back on islands, out in the room.
    const middle = layout.stands.filter((s) => Math.min(s.position.x - minX, maxX - s.position.x) > 3)
    expect(middle.filter((s) => Math.min(s.position.z - minZ, maxZ - s.position.z) > 3).length).toBeGreaterThan(20)
  })

  it('keeps the spacing it is given', () => {
    const layout = computeLayout(buildManifest([{ kind: 'themed', stands: 30 }]), { standSpacing: 5.5 })
    expectStandsWellPlaced(layout, 5.5)
  })

  it('places rooms without overlaps, all inside the building bounds', () => {
    for (const [i, a] of big.rooms.entries()) {
      expect(inRect(big.bounds, { x: a.bounds.minX, z: a.bounds.minZ })).toBe(true)
      expect(inRect(big.bounds, { x: a.bounds.maxX, z: a.bounds.maxZ })).toBe(true)
      for (const b of big.rooms.slice(i + 1)) expect(overlapArea(a.bounds, b.bounds), `${a.id}/${b.id}`).toBe(0)
    }
    expectStandsWellPlaced(big)
  })

  it('connects the lobby to every other room by a doorway at least 2 m wide', () => {
    expect(reachableRooms(big)).toEqual(new Set(big.rooms.map((r) => r.id)))
    const lobby = big.rooms[0]!
    expect(lobby.doorIds).toHaveLength(big.rooms.length - 1)
    for (const door of big.doors) {
      expect(door.rooms[0]).toBe(lobby.id)
      expect(Math.hypot(door.b.x - door.a.x, door.b.z - door.a.z)).toBeGreaterThanOrEqual(2)
      // The walls leave the doorway open: its middle stretch is more than a visitor's radius from any wall.
      expect(clearance(door.center, big.walls)).toBeGreaterThan(0.3 + 0.5)
      for (const end of [door.a, door.b]) expect(clearance(end, big.walls)).toBeLessThanOrEqual(1e-9)
    }
  })

  it('makes up a lobby when the manifest has none, with an id no room uses', () => {
    const layout = computeLayout(buildManifest([{ kind: 'themed', stands: 2, id: 'lobby' }]))
    const lobby = layout.rooms[0]!
    expect(lobby).toMatchObject({ kind: 'lobby', id: 'lobby-2', synthesized: true })
    expect(layout.doors[0]!.rooms).toEqual(['lobby-2', 'lobby'])
  })

  it('puts the programme board and the spawn point in the lobby, the board facing the hall', () => {
    const lobby = big.rooms[0]!
    if (lobby.kind !== 'lobby') throw new Error('the lobby comes first')
    const board = { x: lobby.board.position.x, z: lobby.board.position.z }
    expect(inRect(lobby.interior, board)).toBe(true)
    expect(lobby.board.facing).toEqual({ x: 1, z: 0 })
    expect(inRect(lobby.walkingArea, { x: big.spawn.position.x, z: big.spawn.position.z })).toBe(true)
    expect(big.spawn.position.y).toBe(1.6)
  })

  it('gives the auditorium a large screen on the far wall, facing seats between it and the door', () => {
    const room = big.rooms.find((r) => r.kind === 'auditorium')
    if (room?.kind !== 'auditorium') throw new Error('an auditorium is laid out')
    const door = big.doors.find((d) => d.rooms[1] === room.id)!
    const screen = { x: room.screen.position.x, z: room.screen.position.z }
    expect(inRect(room.interior, screen)).toBe(true)
    expect(room.screen.width).toBeGreaterThanOrEqual(5)
    expect(room.screen.position.y + room.screen.height / 2).toBeLessThanOrEqual(room.height)
    const doorToScreen = Math.hypot(screen.x - door.center.x, screen.z - door.center.z)
    expect(doorToScreen).toBeCloseTo(16, 0)
    const toDoor = (door.center.x - screen.x) * room.screen.facing.x + (door.center.z - screen.z) * room.screen.facing.z
    expect(toDoor).toBeGreaterThan(0)
    expect(room.seating.rows * room.seating.seatsPerRow).toBeGreaterThan(50)
    expect(inRect(room.interior, { x: room.seating.bounds.minX, z: room.seating.bounds.minZ })).toBe(true)
    expect(inRect(room.interior, { x: room.seating.bounds.maxX, z: room.seating.bounds.maxZ })).toBe(true)
    expect(room.seating.pose.target).toEqual(room.screen.position)
  })

  it("hangs each room's title above its door, facing the lobby, in the room's colour", () => {
    for (const room of big.rooms.slice(1)) {
      const door = big.doors.find((d) => d.rooms[1] === room.id)!
      const sign = room.titleSign
      expect(sign.position.y - sign.height / 2).toBeGreaterThan(door.height)
      expect(sign.position.y + sign.height / 2).toBeLessThanOrEqual(room.height)
      expect(Math.hypot(sign.position.x - door.center.x, sign.position.z - door.center.z)).toBeLessThan(0.5)
      const lobbySide = door.approaches[0]
      const toward = (lobbySide.x - sign.position.x) * sign.facing.x + (lobbySide.z - sign.position.z) * sign.facing.z
      expect(toward, room.id).toBeGreaterThan(1)
      expect(room.themeColor).toBe('#000091')
    }
  })
})
