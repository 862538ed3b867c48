import { describe, expect, it } from 'vitest'
import { poseFor } from '../../../src/layout/index.ts'
import { roomEntryPose, destinationPose } from '../../../src/scene/camera/destinations.ts'
import { orientationTowards } from '../../../src/scene/camera/orientation.ts'
import { standInView } from '../../../src/scene/controls/focus.ts'
import { pickRay } from '../../../src/scene/controls/pick.ts'
import { eig4Layout } from './eig4.ts'

const layout = eig4Layout()
const eye = layout.options.eyeHeight
const stand = layout.stands.find((s) => s.defiId === 'datamed')!

describe('pickRay', () => {
  it('picks the stand straight ahead of its viewing spot', () => {
    const pose = poseFor(stand, layout.options)
    const d = {
      x: pose.target.x - pose.position.x,
      y: pose.target.y - pose.position.y,
      z: pose.target.z - pose.position.z,
    }
    expect(pickRay(layout, pose.position, d)).toEqual({ kind: 'stand', defiId: 'datamed' })
  })

  it('picks the floor where a downward ray meets it', () => {
    const hit = pickRay(layout, { x: 0, y: eye, z: -2 }, { x: 0, y: -eye, z: -3 })
    expect(hit).toEqual({ kind: 'floor', x: 0, z: -5 })
  })

  it('stops at a wall rather than the floor behind it', () => {
    // From the lobby, looking down at a spot inside a themed room on the other side of the lobby's wall.
    const hit = pickRay(layout, { x: 0, y: eye, z: -8 }, { x: -10, y: -eye, z: 0 })
    expect(hit).toEqual({ kind: 'wall' })
  })

  it('finds nothing looking up at the sky', () => {
    expect(pickRay(layout, { x: 0, y: eye, z: -2 }, { x: 0, y: 1, z: 0 })).toBeNull()
  })
})

describe('standInView', () => {
  it('is the stand in front, and nothing when the visitor turns away or stands far off', () => {
    const at = stand.front
    const facing = orientationTowards({ ...at, y: eye }, { ...stand.position, y: eye }).yaw
    expect(standInView(layout, at.x, at.z, facing)?.defiId).toBe('datamed')
    expect(standInView(layout, at.x, at.z, facing + Math.PI)?.defiId).not.toBe('datamed')
    expect(standInView(layout, layout.spawn.position.x, layout.spawn.position.z, 0)).toBeNull()
  })
})

describe('roomEntryPose and destinationPose', () => {
  it('puts the visitor a step inside a room, looking into it', () => {
    const room = layout.rooms.find((r) => r.id === 'faire-parler-les-donnees-publiques')!
    const pose = roomEntryPose(layout, room.id)
    const p = pose.position
    expect(
      p.x > room.interior.minX && p.x < room.interior.maxX && p.z > room.interior.minZ && p.z < room.interior.maxZ,
    ).toBe(true)
    const centre = {
      x: (room.interior.minX + room.interior.maxX) / 2,
      z: (room.interior.minZ + room.interior.maxZ) / 2,
    }
    expect(pose.target.x).toBeCloseTo(centre.x)
    expect(pose.target.z).toBeCloseTo(centre.z)
  })

  it('sends the lobby and unknown rooms to the entrance', () => {
    expect(roomEntryPose(layout, layout.rooms[0]!.id)).toBe(layout.spawn)
    expect(roomEntryPose(layout, 'nowhere')).toBe(layout.spawn)
    expect(destinationPose(layout, { kind: 'entrance' }, { x: 0, z: 0, yaw: 0 })).toBe(layout.spawn)
  })

  it("leads to a stand's viewing pose, or to nothing for an unknown stand", () => {
    expect(destinationPose(layout, { kind: 'stand', defiId: 'datamed' }, { x: 0, z: 0, yaw: 0 })).toEqual(
      poseFor(stand, layout.options),
    )
    expect(destinationPose(layout, { kind: 'stand', defiId: 'nope' }, { x: 0, z: 0, yaw: 0 })).toBeNull()
  })

  it('pushes a floor spot against a wall back to where a visitor fits, facing the way they walked', () => {
    // The lobby's side wall runs along x = -5.1: ask for a spot right on it.
    const pose = destinationPose(layout, { kind: 'point', x: -5.05, z: -5 }, { x: 0, z: -5, yaw: 0 })!
    // Half the wall's thickness plus the visitor's radius from its centre line, on the lobby side.
    expect(pose.position.x).toBeCloseTo(-5.1 + 0.1 + layout.options.visitorRadius, 3)
    expect(orientationTowards(pose.position, pose.target).yaw).toBeCloseTo(Math.PI / 2)
  })
})
