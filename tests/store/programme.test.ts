import { describe, expect, it } from 'vitest'
import { nowFromQuery, sessionAt } from '../../src/store/programme.ts'
import { eig4 } from '../scene/controls/eig4.ts'

const programme = eig4().exhibition.programme
const at = (iso: string) => Date.parse(iso)

describe('sessionAt', () => {
  it('is the session on at that moment', () => {
    expect(sessionAt(programme, at('2021-06-17T14:10:00+02:00'))).toMatchObject({
      when: 'now',
      session: { id: 'voisinage' },
    })
    // A session ends when the next starts: 14:50 belongs to the second.
    expect(sessionAt(programme, at('2021-06-17T14:50:00+02:00'))?.session.id).toBe('vecu-d-eig')
  })

  it('is the next one before the day starts', () => {
    expect(sessionAt(programme, at('2021-06-17T09:00:00+02:00'))).toMatchObject({
      when: 'next',
      session: { id: 'voisinage' },
    })
  })

  it('prefers the short session inside a long one, and is null once all is over', () => {
    const long = { ...programme[0]!, id: 'week', start: '2021-06-01T00:00:00+02:00', end: '2021-06-30T00:00:00+02:00' }
    expect(sessionAt([long, ...programme], at('2021-06-17T14:10:00+02:00'))?.session.id).toBe('voisinage')
    expect(sessionAt([long, ...programme], at('2021-06-20T12:00:00+02:00'))?.session.id).toBe('variations')
    expect(sessionAt(programme, at('2022-01-01T00:00:00Z'))).toBeNull()
  })
})

describe('nowFromQuery', () => {
  it('reads ?now=ISO and falls back to the clock when absent or invalid', () => {
    expect(nowFromQuery('?now=2021-06-17T15:00:00%2B02:00', () => 1)).toBe(at('2021-06-17T15:00:00+02:00'))
    expect(nowFromQuery('?view=3d', () => 42)).toBe(42)
    expect(nowFromQuery('?now=yesterday', () => 42)).toBe(42)
  })
})
