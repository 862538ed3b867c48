import { describe, expect, it } from 'vitest'
import { buildTour, computeLayout } from '../../src/layout/index.ts'
import { bigRooms, blockedLegs, buildManifest, minimalManifest } from './helpers.ts'

const manifest = buildManifest(bigRooms)
const layout = computeLayout(manifest)

describe('buildTour', () => {
  it('visits the stands in manifest order: rooms in order, each room in its own order', () => {
    const expected = manifest.rooms.flatMap((r) => r.stands)
    expect(layout.tour.map((s) => s.defiId)).toEqual(expected)
    expect(layout.tour.map((s) => s.index)).toEqual(expected.map((_, i) => i))
    expect(computeLayout(minimalManifest()).tour.map((s) => [s.defiId, s.roomId])).toEqual([['adex', 'donnees']])
  })

  it('follows a room reordering in the manifest', () => {
    const swapped = structuredClone(manifest)
    swapped.rooms.reverse()
    const tour = computeLayout(swapped).tour
    expect(tour[0]!.defiId).toBe('d7-0')
    expect(tour.map((s) => s.defiId)).toEqual(swapped.rooms.flatMap((r) => r.stands))
  })

  it('shows each stand from eye height in front of it', () => {
    for (const step of layout.tour) {
      const stand = layout.stands.find((s) => s.defiId === step.defiId)!
      expect(step.roomId).toBe(stand.roomId)
      expect(step.pose.position).toEqual({ x: stand.front.x, y: 1.6, z: stand.front.z })
      expect({ x: step.pose.target.x, z: step.pose.target.z }).toEqual(stand.position)
    }
  })

  it('leads from the entrance to each stop in turn, through doorways, never through a wall or a stand', () => {
    let from = { x: layout.spawn.position.x, z: layout.spawn.position.z }
    for (const step of layout.tour) {
      expect(step.waypoints[0]).toEqual(from)
      expect(step.waypoints.at(-1)).toEqual({ x: step.pose.position.x, z: step.pose.position.z })
      expect(blockedLegs(step.waypoints, layout.colliders, layout.options.visitorRadius), step.defiId).toEqual([])
      from = step.waypoints.at(-1)!
    }
    const changes = layout.tour.filter((s, i) => i > 0 && s.roomId !== layout.tour[i - 1]!.roomId)
    for (const step of changes) {
      const door = layout.doors.find((d) => d.rooms[1] === step.roomId)!
      expect(step.waypoints).toContainEqual(door.center)
    }
  })

  it('is what computeLayout returns as its tour', () => {
    expect(buildTour(layout, layout.stands, layout.spawn)).toEqual(layout.tour)
    expect(buildTour(layout, [], layout.spawn)).toEqual([])
  })
})
