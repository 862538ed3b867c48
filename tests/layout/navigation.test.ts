import { describe, expect, it } from 'vitest'
import {
  computeLayout,
  nearestStand,
  nextRoom,
  nextStand,
  path,
  previousStand,
  roomAt,
  standPose,
  type Vec2,
} from '../../src/layout/index.ts'
import { bigRooms, blockedLegs, buildManifest, inRect } from './helpers.ts'

const layout = computeLayout(buildManifest(bigRooms))
const R = layout.options.visitorRadius
const spawn: Vec2 = { x: layout.spawn.position.x, z: layout.spawn.position.z }
const standOf = (id: string) => layout.stands.find((s) => s.defiId === id)!

describe('roomAt', () => {
  it('finds the room a point is in, and nothing outside the building', () => {
    expect(roomAt(layout, spawn)?.kind).toBe('lobby')
    for (const s of layout.stands) expect(roomAt(layout, s.front)?.id).toBe(s.roomId)
    expect(roomAt(layout, { x: 0, z: 5 })).toBeNull()
    expect(roomAt(layout, { x: 1e4, z: -20 })).toBeNull()
  })
})

describe('path', () => {
  it('goes straight when nothing is in the way', () => {
    const [a, b] = [standOf('d2-0').front, standOf('d2-1').front]
    expect(path(layout, a, b)).toEqual([a, b])
  })

  it('reaches every stand from the entrance through doorways, never through a wall or a stand', () => {
    for (const stand of layout.stands) {
      const route = path(layout, spawn, stand.front)
      expect(route[0]).toEqual(spawn)
      expect(route.at(-1)).toEqual(stand.front)
      const door = layout.doors.find((d) => d.rooms[1] === stand.roomId)!
      expect(route).toContainEqual(door.center)
      expect(blockedLegs(route, layout.colliders, R)).toEqual([])
    }
  })

  it('goes from room to room through the lobby', () => {
    const [from, to] = [standOf('d3-40').front, standOf('d7-2').front]
    const route = path(layout, from, to)
    const doors = layout.doors.filter((d) => route.some((p) => p.x === d.center.x && p.z === d.center.z))
    expect(doors.map((d) => d.rooms[1])).toEqual(['room-3', 'room-7'])
    expect(blockedLegs(route, layout.colliders, R)).toEqual([])
  })

  it('finds a way out from behind a stand and between stands', () => {
    const stand = standOf('d3-10')
    const behind = { x: stand.position.x - stand.facing.x * 0.8, z: stand.position.z - stand.facing.z * 0.8 }
    const side = { x: -stand.facing.z, z: stand.facing.x }
    const between = { x: stand.position.x + side.x * 2, z: stand.position.z + side.z * 2 }
    for (const from of [behind, between]) {
      const route = path(layout, from, spawn)
      expect(blockedLegs(route, layout.colliders, R), JSON.stringify(from)).toEqual([])
      expect(route.at(-1)).toEqual(spawn)
    }
  })

  it('never cuts through walls between random points of the walking areas', () => {
    const points = layout.rooms.flatMap((r) => {
      const a = r.walkingArea
      return [0.1, 0.5, 0.9].map((k) => ({ x: a.minX + (a.maxX - a.minX) * k, z: a.maxZ - (a.maxZ - a.minZ) * k }))
    })
    for (const from of points) {
      for (const to of points) expect(blockedLegs(path(layout, from, to), layout.colliders, R)).toEqual([])
    }
  })
})

describe('nextStand', () => {
  it('walks the tour forwards from the first stand and stops after the last', () => {
    expect(nextStand(layout, null)?.defiId).toBe('d1-0')
    expect(nextStand(layout, 'd1-0')?.defiId).toBe('d2-0')
    expect(nextStand(layout, 'd2-16')?.defiId).toBe('d3-0')
    expect(nextStand(layout, 'd7-2')).toBeNull()
    expect(nextStand(layout, 'unknown')?.defiId).toBe('d1-0')
  })
})

describe('previousStand', () => {
  it('walks the tour backwards and stops before the first', () => {
    expect(previousStand(layout, 'd3-0')?.defiId).toBe('d2-16')
    expect(previousStand(layout, 'd1-0')).toBeNull()
    expect(previousStand(layout, null)).toBeNull()
  })
})

describe('nextRoom', () => {
  it('goes through the rooms in manifest order, the lobby first', () => {
    const order: string[] = []
    for (let room = nextRoom(layout, null); room; room = nextRoom(layout, room.id)) order.push(room.id)
    expect(order).toEqual(bigRooms.map((_, i) => `room-${i}`))
  })
})

describe('nearestStand', () => {
  it('picks the closest stand of the room the visitor is in', () => {
    const stand = standOf('d3-25')
    expect(nearestStand(layout, stand.front)?.defiId).toBe('d3-25')
    expect(nearestStand(layout, spawn)).toBeNull()
  })

  it('with a facing direction, picks the stand being looked at rather than the one behind', () => {
    const stand = standOf('d3-25')
    const step = { x: stand.front.x + stand.facing.x * 3, z: stand.front.z + stand.facing.z * 3 }
    const away = stand.facing
    const toward = { x: -stand.facing.x, z: -stand.facing.z }
    expect(nearestStand(layout, step, toward)?.defiId).toBe('d3-25')
    expect(nearestStand(layout, step, away)?.defiId).not.toBe('d3-25')
  })
})

describe('standPose', () => {
  it('puts the camera at eye height in front of the stand, looking at it', () => {
    const stand = standOf('d2-5')
    const pose = standPose(layout, 'd2-5')!
    expect(pose.position).toEqual({ x: stand.front.x, y: 1.6, z: stand.front.z })
    expect({ x: pose.target.x, z: pose.target.z }).toEqual(stand.position)
    expect(inRect(layout.rooms.find((r) => r.id === 'room-2')!.walkingArea, stand.front)).toBe(true)
    expect(standPose(layout, 'missing')).toBeNull()
  })
})
