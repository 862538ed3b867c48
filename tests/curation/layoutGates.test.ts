import { describe, expect, it } from 'vitest'
import { layoutGates } from '../../src/curation/index.ts'
import { MAX_STANDS_PER_ROOM } from '../../src/layout/index.ts'
import { startDoc } from './fixture.ts'

describe('layoutGates', () => {
  it('finds nothing in the fixture, where every défi has a room', () => {
    expect(layoutGates(startDoc())).toEqual([])
  })
  it('blocks on an approved défi in no room, and only warns on a draft one', () => {
    const doc = startDoc()
    doc.rooms[2] = { ...doc.rooms[2]!, stands: [] }
    doc.defis![2] = { ...doc.defis![2]!, status: 'approved' }
    expect(layoutGates(doc)).toEqual([expect.objectContaining({ level: 'block', path: '$.defis[2]' })])
    doc.defis![2] = { ...doc.defis![2]!, status: 'draft' }
    expect(layoutGates(doc)[0]!.level).toBe('warn')
  })
  it("blocks on a room over the layout's limit, and warns past the measured draw calls", () => {
    const doc = startDoc()
    const ids = Array.from({ length: MAX_STANDS_PER_ROOM + 1 }, (_, i) => `x${i}`)
    doc.defis = [...doc.defis!, ...ids.map((id) => ({ ...doc.defis![0]!, id }))]
    doc.rooms[2] = { ...doc.rooms[2]!, stands: ['gamma', ...ids] }
    const gates = layoutGates(doc)
    expect(gates).toContainEqual(
      expect.objectContaining({ id: 'full:risques', level: 'block', path: '$.rooms[2].stands' }),
    )
    expect(gates).toContainEqual(expect.objectContaining({ id: 'draw-calls', level: 'warn' }))
  })
  it('warns on a theme colour the signs cannot be read on', () => {
    const doc = startDoc()
    doc.rooms[1] = { ...doc.rooms[1]!, themeColor: '#7c7c7c' }
    expect(layoutGates(doc)).toEqual([
      expect.objectContaining({ id: 'contrast:donnees', path: '$.rooms[1].themeColor' }),
    ])
  })
})
