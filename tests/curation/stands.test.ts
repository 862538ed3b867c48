import { describe, expect, it } from 'vitest'
import type { DraftDocument } from '../../src/curation/index.ts'
import { MAX_STANDS_PER_ROOM } from '../../src/layout/index.ts'
import { applyOk, refusal, standsOf, startDoc } from './fixture.ts'

describe('stand.move', () => {
  it('moves a stand to another room at a place, and back on undo', () => {
    const { doc, inverse } = applyOk(startDoc(), { type: 'stand.move', defi: 'alpha', room: 'risques', index: 0 })
    expect(standsOf(doc, 'risques')).toEqual(['alpha', 'gamma'])
    expect(standsOf(doc, 'donnees')).toEqual(['beta'])
    expect(inverse).toEqual([{ type: 'stand.move', defi: 'alpha', room: 'donnees', index: 0 }])
  })
  it('reorders within a room and takes a stand out of every room', () => {
    expect(
      standsOf(applyOk(startDoc(), { type: 'stand.move', defi: 'alpha', room: 'donnees' }).doc, 'donnees'),
    ).toEqual(['beta', 'alpha'])
    const { doc } = applyOk(startDoc(), { type: 'stand.move', defi: 'gamma', room: null })
    expect(standsOf(doc, 'risques')).toEqual([])
  })
  it('gives a room that had no list none again on undo', () => {
    const start = startDoc()
    start.rooms.push({ id: 'vide', title: 'Vide', kind: 'themed' })
    const { doc } = applyOk(start, { type: 'stand.move', defi: 'gamma', room: 'vide' })
    expect(standsOf(doc, 'vide')).toEqual(['gamma'])
  })
  it('refuses rooms that hold no stands, unknown défis and rooms', () => {
    expect(refusal(startDoc(), { type: 'stand.move', defi: 'alpha', room: 'accueil' }).reason.en).toMatch(/themed/)
    expect(refusal(startDoc(), { type: 'stand.move', defi: 'nope', room: 'risques' }).reason.en).toMatch(/no longer/)
    expect(refusal(startDoc(), { type: 'stand.move', defi: 'alpha', room: 'nope' }).reason.en).toMatch(/no longer/)
  })
  it('refuses a room already holding as many stands as the layout places, saying the limit', () => {
    const start: DraftDocument = startDoc()
    const extra = Array.from({ length: MAX_STANDS_PER_ROOM }, (_, i) => ({ ...start.defis![2]!, id: `x${i}` }))
    start.defis = [...start.defis!, ...extra]
    start.rooms[2] = { ...start.rooms[2]!, stands: extra.map((d) => d.id) }
    const refused = refusal(start, { type: 'stand.move', defi: 'alpha', room: 'risques' })
    expect(refused.reason.en).toContain(`at most ${MAX_STANDS_PER_ROOM}`)
    // Reordering inside the full room is still allowed.
    applyOk(start, { type: 'stand.move', defi: 'x3', room: 'risques', index: 0 })
  })
})
