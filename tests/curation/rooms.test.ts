import { describe, expect, it } from 'vitest'
import { MAX_STANDS_PER_ROOM } from '../../src/layout/index.ts'
import { applyOk, refusal, startDoc } from './fixture.ts'

const newRoom = { id: 'sante', title: { fr: 'Santé', en: 'Health' }, kind: 'themed' as const, themeColor: '#6a6af4' }

describe('room.create', () => {
  it('adds a themed room where asked, empty', () => {
    const { doc } = applyOk(startDoc(), { type: 'room.create', room: newRoom, index: 1 })
    expect(doc.rooms.map((r) => r.id)).toEqual(['accueil', 'sante', 'donnees', 'risques', 'auditorium'])
  })
  it('refuses a taken id, a reserved one, a second lobby and an invalid colour', () => {
    expect(refusal(startDoc(), { type: 'room.create', room: { ...newRoom, id: 'donnees' } }).reason.en).toMatch(
      /exists/,
    )
    expect(refusal(startDoc(), { type: 'room.create', room: { ...newRoom, id: 'programme' } }).reason.en).toMatch(
      /page/,
    )
    expect(refusal(startDoc(), { type: 'room.create', room: { ...newRoom, kind: 'lobby' } }).reason.en).toMatch(/lobby/)
    const bad = refusal(startDoc(), { type: 'room.create', room: { ...newRoom, themeColor: 'blue' } })
    expect(bad.path).toBe('$.rooms[4].themeColor')
  })
  it('refuses a stand already placed in another room', () => {
    expect(refusal(startDoc(), { type: 'room.create', room: { ...newRoom, stands: ['gamma'] } }).path).toMatch(/stands/)
  })
})

describe('room.rename', () => {
  it('changes the title in both languages', () => {
    const title = { fr: 'Les données', en: 'Data, open' }
    const { doc } = applyOk(startDoc(), { type: 'room.rename', room: 'donnees', title })
    expect(doc.rooms[1]!.title).toEqual(title)
  })
  it('refuses a room that is gone', () => {
    expect(refusal(startDoc(), { type: 'room.rename', room: 'nope', title: 'x' }).reason.fr).toMatch(/n'existe plus/)
  })
})

describe('room.recolour', () => {
  it('sets the theme colour, and taking it away gives the default back in place on undo', () => {
    expect(
      applyOk(startDoc(), { type: 'room.recolour', room: 'risques', themeColor: '#000091' }).doc.rooms[2]!.themeColor,
    ).toBe('#000091')
    const { doc } = applyOk(startDoc(), { type: 'room.recolour', room: 'donnees' })
    expect(doc.rooms[1]).not.toHaveProperty('themeColor')
  })
  it('refuses what is not #rrggbb, on the field', () => {
    expect(refusal(startDoc(), { type: 'room.recolour', room: 'donnees', themeColor: 'red' }).path).toBe(
      '$.rooms[1].themeColor',
    )
  })
})

describe('room.move', () => {
  it('reorders rooms', () => {
    const { doc } = applyOk(startDoc(), { type: 'room.move', room: 'risques', index: 1 })
    expect(doc.rooms.map((r) => r.id)).toEqual(['accueil', 'risques', 'donnees', 'auditorium'])
  })
})

describe('room.delete', () => {
  it('takes the room away and its stands go back to not placed, the défis staying', () => {
    const { doc } = applyOk(startDoc(), { type: 'room.delete', room: 'donnees' })
    expect(doc.rooms.map((r) => r.id)).toEqual(['accueil', 'risques', 'auditorium'])
    expect(doc.defis!.map((d) => d.id)).toEqual(['alpha', 'beta', 'gamma'])
    expect(doc.rooms.flatMap((r) => r.stands ?? [])).toEqual(['gamma'])
  })
  it('refuses a room a session of the programme takes place in', () => {
    expect(refusal(startDoc(), { type: 'room.delete', room: 'auditorium' }).path).toMatch(/programme/)
  })
  it('refuses to take the last room away', () => {
    const one = { ...startDoc(), exhibition: { ...startDoc().exhibition, programme: [] } }
    one.rooms = [one.rooms[1]!]
    expect(refusal(one, { type: 'room.delete', room: 'donnees' }).reason.en).toMatch(/one room/)
  })
  it('is undone with its stands back in order', () => {
    const { inverse } = applyOk(startDoc(), { type: 'room.delete', room: 'donnees' })
    expect(inverse[0]).toMatchObject({ type: 'room.create', index: 1, room: { stands: ['alpha', 'beta'] } })
  })
  it('a full room is refused whole on create', () => {
    const stands = Array.from({ length: MAX_STANDS_PER_ROOM + 1 }, (_, i) => `d${i}`)
    expect(refusal(startDoc(), { type: 'room.create', room: { ...newRoom, stands } }).reason.en).toMatch(/at most/)
  })
})
