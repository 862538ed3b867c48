import { describe, expect, it } from 'vitest'
import { applyOk, refusal, standsOf, startDoc } from './fixture.ts'

const delta = {
  id: 'delta',
  title: 'Delta',
  pitch: { fr: 'Un pitch', en: 'A pitch' },
  administration: { name: 'Ministère' },
}

describe('defi.create', () => {
  it('adds a défi, not placed', () => {
    const { doc } = applyOk(startDoc(), { type: 'defi.create', defi: delta })
    expect(doc.defis!.at(-1)).toEqual(delta)
    expect(doc.rooms.some((r) => r.stands?.includes('delta'))).toBe(false)
  })
  it('creates the list in a document that had none, and undo takes it away again', () => {
    const start = startDoc()
    start.rooms = start.rooms.map((r) => ({ ...r, stands: [] }))
    delete start.defis
    applyOk(start, { type: 'defi.create', defi: delta })
  })
  it('refuses a taken id and a défi the validator refuses, on its field', () => {
    expect(refusal(startDoc(), { type: 'defi.create', defi: { ...delta, id: 'alpha' } }).reason.en).toMatch(/exists/)
    expect(refusal(startDoc(), { type: 'defi.create', defi: { ...delta, pitch: '' } }).path).toBe('$.defis[3].pitch')
  })
})

describe('defi.set', () => {
  it('sets any field, keeping the key order', () => {
    const { doc } = applyOk(startDoc(), { type: 'defi.set', defi: 'beta', field: 'pitch', value: { fr: 'Nouveau' } })
    expect(doc.defis![1]!.pitch).toEqual({ fr: 'Nouveau' })
    expect(Object.keys(doc.defis![1]!)).toEqual(Object.keys(startDoc().defis![1]!))
  })
  it('takes an optional field away, and undo puts it back in its place', () => {
    const { doc, inverse } = applyOk(startDoc(), { type: 'defi.set', defi: 'alpha', field: 'city' })
    expect(doc.defis![0]).not.toHaveProperty('city')
    expect(inverse[0]).toMatchObject({ field: 'city', before: 'team' })
  })
  it("shows the validator's error on the field, in both languages", () => {
    const refused = refusal(startDoc(), { type: 'defi.set', defi: 'alpha', field: 'pitch', value: '  ' })
    expect(refused.path).toBe('$.defis[0].pitch')
    expect(refused.reason.fr).not.toBe(refused.reason.en)
    expect(refusal(startDoc(), { type: 'defi.set', defi: 'alpha', field: 'title' }).path).toBe('$.defis[0].title')
  })
})

describe('defi.delete', () => {
  it('takes the défi away and its stand out of its room; undo puts both back', () => {
    const { doc, inverse } = applyOk(startDoc(), { type: 'defi.delete', defi: 'alpha' })
    expect(doc.defis!.map((d) => d.id)).toEqual(['beta', 'gamma'])
    expect(standsOf(doc, 'donnees')).toEqual(['beta'])
    expect(inverse.map((c) => c.type)).toEqual(['defi.create', 'stand.move'])
  })
})

describe('defi.set with expect', () => {
  it('applies when the field is still what the editor saw, and is a conflict when someone changed it', () => {
    const seen = startDoc().defis![0]!.pitch
    applyOk(startDoc(), { type: 'defi.set', defi: 'alpha', field: 'pitch', value: 'Mine', expect: seen })
    const refused = refusal(startDoc(), {
      type: 'defi.set',
      defi: 'alpha',
      field: 'pitch',
      value: 'Mine',
      expect: 'Theirs',
    })
    expect(refused).toMatchObject({ conflict: true, reason: { en: '"pitch" was changed by someone else meanwhile' } })
  })
  it('takes null as "the field was empty"', () => {
    applyOk(startDoc(), {
      type: 'defi.set',
      defi: 'gamma',
      field: 'city',
      value: 'Lyon',
      expect: startDoc().defis![2]!.city ?? null,
    })
  })
})
