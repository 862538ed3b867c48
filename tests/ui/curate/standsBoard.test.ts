import { describe, expect, it } from 'vitest'
import { boardColumns, dropTarget, UNPLACED } from '../../../src/ui/curate/standsBoard.ts'
import { startDoc } from '../../curation/fixture.ts'

const unplaced = { fr: 'Non placés', en: 'Not placed' }

describe('boardColumns', () => {
  it('has a column per themed room in order, then the défis in no room', () => {
    const doc = startDoc()
    doc.rooms[2] = { ...doc.rooms[2]!, stands: [] }
    expect(boardColumns(doc, unplaced).map((c) => [c.id, c.stands])).toEqual([
      ['room:donnees', ['alpha', 'beta']],
      ['room:risques', []],
      [UNPLACED, ['gamma']],
    ])
  })
})

describe('dropTarget', () => {
  const columns = boardColumns(startDoc(), unplaced)
  it('puts a stand dropped on another stand at its place, in its room', () => {
    expect(dropTarget(columns, 'gamma', 'beta')).toEqual({ room: 'donnees', index: 1 })
  })
  it('puts a stand dropped on a column at its end, and on the unplaced column out of every room', () => {
    expect(dropTarget(columns, 'alpha', 'room:risques')).toEqual({ room: 'risques', index: 1 })
    expect(dropTarget(columns, 'alpha', UNPLACED)).toEqual({ room: null, index: 0 })
  })
  it('does nothing for a stand dropped where it is', () => {
    expect(dropTarget(columns, 'alpha', 'alpha')).toBeNull()
    expect(dropTarget(columns, 'beta', 'room:donnees')).toBeNull()
  })
})
