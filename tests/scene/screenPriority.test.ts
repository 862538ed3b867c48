import { describe, expect, it } from 'vitest'
import { PRIORITY, rankScreens, type ScreenView, type Viewer } from '../../src/scene/video/screenPriority.ts'

// Three stands along the north wall of room "r" facing south (+z), and the auditorium's screen elsewhere.
const stand = (id: string, x: number, over: Partial<ScreenView> = {}): ScreenView => ({
  key: `stand:${id}`,
  defiId: id,
  roomId: 'r',
  position: { x, z: 0 },
  facing: { x: 0, z: 1 },
  inView: true,
  ...over,
})
const screens = [stand('a', 0), stand('b', 4), stand('c', 8)]
const audi: ScreenView = {
  key: 'auditorium:hall',
  defiId: null,
  roomId: 'hall',
  position: { x: 0, z: -40 },
  facing: { x: 0, z: 1 },
  inView: true,
}
const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  position: { x: 0, z: 2.5 },
  forward: { x: 0, z: -1 },
  roomId: 'r',
  focusedDefiId: null,
  selectedDefiId: null,
  ...over,
})

describe('rankScreens', () => {
  it('plays the stand the visitor stands in front of, and only that one', () => {
    expect(rankScreens(screens, viewer())).toEqual([{ key: 'stand:a', priority: PRIORITY.faced }])
  })
  it('plays nothing when the visitor looks away, stands too far or behind the stand', () => {
    expect(rankScreens(screens, viewer({ forward: { x: 0, z: 1 } }))).toEqual([])
    expect(rankScreens(screens, viewer({ position: { x: 0, z: 9 } }))).toEqual([])
    expect(rankScreens(screens, viewer({ position: { x: 0, z: -2.5 }, forward: { x: 0, z: 1 } }))).toEqual([])
  })
  it('ignores stands out of the frustum or in another room', () => {
    expect(rankScreens([stand('a', 0, { inView: false })], viewer())).toEqual([])
    expect(rankScreens([stand('a', 0, { roomId: 'other' })], viewer())).toEqual([])
  })
  it('puts the selected stand first, even out of view, then the focused one', () => {
    const ranked = rankScreens(screens, viewer({ selectedDefiId: 'c', focusedDefiId: 'b' }))
    expect(ranked).toEqual([
      { key: 'stand:c', priority: PRIORITY.selected },
      { key: 'stand:b', priority: PRIORITY.focused },
    ])
  })
  it('lets the focus replace the guess of the faced stand', () => {
    expect(rankScreens(screens, viewer({ focusedDefiId: 'b' }))).toEqual([
      { key: 'stand:b', priority: PRIORITY.focused },
    ])
  })
  it('plays the auditorium screen while the visitor is in the auditorium and sees it', () => {
    expect(rankScreens([...screens, audi], viewer({ roomId: 'hall', position: { x: 0, z: -30 } }))).toEqual([
      { key: 'auditorium:hall', priority: PRIORITY.auditorium },
    ])
    expect(rankScreens([audi], viewer())).toEqual([])
  })
  it('never asks for more than the selected, focused and one faced or auditorium screen', () => {
    const many = Array.from({ length: 90 }, (_, i) => stand(`s${i}`, i * 0.1))
    expect(rankScreens(many, viewer({ selectedDefiId: 's50', focusedDefiId: 's3' })).length).toBeLessThanOrEqual(2)
    expect(rankScreens(many, viewer()).length).toBe(1)
  })

  it('plays no screen while a stand’s panel is open: the panel’s player is the one watched', () => {
    expect(rankScreens([...screens, audi], viewer({ selectedDefiId: 'b', panelOpen: true }))).toEqual([])
  })
})
