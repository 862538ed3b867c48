import { describe, expect, it } from 'vitest'
import { isFree, roomAt, type Wall } from '../../../src/layout/index.ts'
import { commandForKey, intentFromKeys, MOVEMENT_CODES, type MoveIntent } from '../../../src/scene/controls/keys.ts'
import { look, PITCH_LIMIT, walkStep, type Walker } from '../../../src/scene/controls/walk.ts'
import { eig4Layout } from './eig4.ts'

const intent = (held: string[]): MoveIntent => intentFromKeys(new Set(held), { forward: 0, strafe: 0, turn: 0 })

describe('intentFromKeys', () => {
  it('maps arrows and WASD by physical position (ZQSD on a French keyboard)', () => {
    expect(intent(['ArrowUp'])).toEqual({ forward: 1, strafe: 0, turn: 0 })
    expect(intent(['KeyW'])).toEqual({ forward: 1, strafe: 0, turn: 0 })
    expect(intent(['ArrowDown', 'KeyD'])).toEqual({ forward: -1, strafe: 1, turn: 0 })
    expect(intent(['ArrowLeft'])).toEqual({ forward: 0, strafe: 0, turn: 1 })
    expect(intent(['ArrowRight', 'KeyA'])).toEqual({ forward: 0, strafe: -1, turn: -1 })
    // Opposite keys cancel out.
    expect(intent(['ArrowUp', 'KeyS'])).toEqual({ forward: 0, strafe: 0, turn: 0 })
    expect(MOVEMENT_CODES.has('KeyN')).toBe(false)
  })
})

describe('commandForKey', () => {
  it('binds N/PageDown, P/PageUp and R on any layout', () => {
    expect(['n', 'N', 'PageDown'].map((k) => commandForKey(k, false))).toEqual(['nextStand', 'nextStand', 'nextStand'])
    expect(['p', 'P', 'PageUp'].map((k) => commandForKey(k, false))).toEqual(Array(3).fill('previousStand'))
    expect(commandForKey('r', true)).toBe('nextRoom')
    expect(commandForKey('x', false)).toBeNull()
  })

  it('leaves Enter and Escape to a focused button or link', () => {
    expect(commandForKey('Enter', false)).toBe('open')
    expect(commandForKey('Escape', false)).toBe('close')
    expect(commandForKey('Enter', true)).toBeNull()
    expect(commandForKey('Escape', true)).toBeNull()
  })
})

describe('walkStep', () => {
  const wall: Wall = { a: { x: -10, z: -3 }, b: { x: 10, z: -3 }, thickness: 0.2 }

  it('walks forward along the heading at walking speed', () => {
    const w: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    expect(walkStep(w, { forward: 1, strafe: 0, turn: 0 }, 0.1, [], 0.3)).toBe(true)
    expect(w.x).toBeCloseTo(0)
    expect(w.z).toBeCloseTo(-0.25)
    w.yaw = Math.PI / 2
    walkStep(w, { forward: 1, strafe: 0, turn: 0 }, 0.1, [], 0.3)
    expect(w.x).toBeCloseTo(-0.25)
  })

  it('strafes to the right of the heading, no faster on a diagonal', () => {
    const w: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    walkStep(w, { forward: 0, strafe: 1, turn: 0 }, 0.1, [], 0.3)
    expect(w.x).toBeCloseTo(0.25)
    const d: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    walkStep(d, { forward: 1, strafe: 1, turn: 0 }, 0.1, [], 0.3)
    expect(Math.hypot(d.x, d.z)).toBeCloseTo(0.25)
  })

  it('turns left with a positive turn, and caps a long frame', () => {
    const w: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    walkStep(w, { forward: 0, strafe: 0, turn: 1 }, 5, [], 0.3)
    expect(w.yaw).toBeCloseTo(0.18)
  })

  it('stops at a wall and reports no movement once against it', () => {
    const w: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    for (let i = 0; i < 100; i++) walkStep(w, { forward: 1, strafe: 0, turn: 0 }, 0.05, [wall], 0.3)
    expect(w.z).toBeGreaterThan(-3 + 0.1 + 0.3 - 1e-3)
    expect(walkStep(w, { forward: 1, strafe: 0, turn: 0 }, 0.05, [wall], 0.3)).toBe(false)
  })

  it('never leaves the building in a long walk through EIG 4, turning at random', () => {
    const layout = eig4Layout()
    const radius = layout.options.visitorRadius
    const w: Walker = { x: layout.spawn.position.x, z: layout.spawn.position.z, yaw: 0, pitch: 0 }
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1
    for (let i = 0; i < 20_000; i++) {
      walkStep(w, { forward: 1, strafe: random() > 0.6 ? 1 : 0, turn: random() }, 1 / 30, layout.colliders, radius)
      expect(roomAt(layout, w)).not.toBeNull()
      expect(isFree(w, layout.colliders, radius - 1e-6)).toBe(true)
    }
  })
})

describe('look', () => {
  it('turns by the drag (grabbing the view) and clamps the pitch short of vertical', () => {
    const w: Walker = { x: 0, z: 0, yaw: 0, pitch: 0 }
    look(w, 100, 0, 1000, 1)
    expect(w.yaw).toBeCloseTo(0.1)
    look(w, 0, 1e6, 1000, 1)
    expect(w.pitch).toBe(PITCH_LIMIT)
    look(w, 0, -1e7, 1000, 1)
    expect(w.pitch).toBe(-PITCH_LIMIT)
  })
})
