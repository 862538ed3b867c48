import { describe, expect, it } from 'vitest'
import { applyCommand, diffDrafts, type Command, type DraftDocument } from '../../src/curation/index.ts'
import { startDoc } from './fixture.ts'

const after = (doc: DraftDocument, cmd: Command) => {
  const result = applyCommand(doc, cmd)
  if (!result.ok) throw new Error(result.reason.en)
  return result.doc
}

describe('diffDrafts', () => {
  it('is empty for the same document', () => expect(diffDrafts(startDoc(), startDoc())).toEqual([]))
  it('names the défi, the field, before and after', () => {
    const edited = after(startDoc(), { type: 'defi.set', defi: 'beta', field: 'pitch', value: 'Nouveau' })
    expect(diffDrafts(startDoc(), edited)).toEqual([
      { kind: 'defi', id: 'beta', field: 'pitch', before: startDoc().defis![1]!.pitch, after: 'Nouveau' },
    ])
  })
  it('says a stand moved as the stands of both rooms, and a room added', () => {
    const moved = after(startDoc(), { type: 'stand.move', defi: 'alpha', room: 'risques' })
    expect(diffDrafts(startDoc(), moved)).toEqual([
      { kind: 'room', id: 'donnees', field: 'stands', before: ['alpha', 'beta'], after: ['beta'] },
      { kind: 'room', id: 'risques', field: 'stands', before: ['gamma'], after: ['gamma', 'alpha'] },
    ])
    const room = { id: 'sante', title: 'Santé', kind: 'themed' as const }
    expect(diffDrafts(startDoc(), after(startDoc(), { type: 'room.create', room }))).toEqual([
      { kind: 'room', id: 'sante', after: room },
    ])
  })
  it('tells a reordering of rooms and a removed session', () => {
    const moved = after(startDoc(), { type: 'room.move', room: 'risques', index: 1 })
    expect(diffDrafts(startDoc(), moved)).toEqual([expect.objectContaining({ kind: 'room', id: '*', field: 'order' })])
    const removed = after(startDoc(), { type: 'session.remove', session: 'visite' })
    expect(diffDrafts(startDoc(), removed)).toEqual([
      { kind: 'session', id: 'visite', before: startDoc().exhibition.programme![1] },
    ])
  })
})
