import { describe, expect, it } from 'vitest'
import { buildSearchIndex, normalizeSearch, search } from '../../src/store/search.ts'
import { eig4 } from '../scene/controls/eig4.ts'

const manifest = eig4()
const fr = buildSearchIndex(manifest, 'fr')
const en = buildSearchIndex(manifest, 'en')

describe('normalizeSearch', () => {
  it('drops accents, case, curly apostrophes and extra spaces', () => {
    expect(normalizeSearch('  Éclairer   les POLITIQUES ')).toBe('eclairer les politiques')
    expect(normalizeSearch('l’État')).toBe("l'etat")
    expect(normalizeSearch('Sécurité\u00a0civile')).toBe('securite civile')
  })
})

describe('search', () => {
  it('finds a défi by its title, first', () => {
    const [first] = search(fr, 'datamed')
    expect(first).toMatchObject({ kind: 'defi', defiId: 'datamed', roomId: 'faire-parler-les-donnees-publiques' })
  })

  it('finds the stands of an administration, accent- and case-insensitively', () => {
    const results = search(fr, 'haute autorite de sante')
    expect(results.map((r) => r.defiId)).toContain('adex')
    expect(results[0]).toMatchObject({ kind: 'administration', matched: 'Haute Autorité de Santé' })
  })

  it('finds a team member or a mentor, and says who matched', () => {
    const member = search(fr, 'anne catel')
    expect(member[0]).toMatchObject({ defiId: 'adex', kind: 'person', matched: 'Anne Catel' })
    const mentor = search(fr, 'jachiet')
    expect(mentor[0]).toMatchObject({ defiId: 'adex', kind: 'person', matched: 'Pierre-Alain Jachiet' })
  })

  it('finds a speaker in the auditorium', () => {
    expect(search(fr, 'laure lucchesi')[0]).toMatchObject({ roomId: 'auditorium', kind: 'person' })
    expect(search(fr, 'laure lucchesi')[0]?.defiId).toBeUndefined()
  })

  it('finds a theme in the interface language, with its room and its stands', () => {
    const results = search(fr, 'risques', 20)
    const room = results.find((r) => r.defiId === undefined)
    expect(room).toMatchObject({ roomId: 'anticiper-et-gerer-les-risques', kind: 'theme' })
    const stands = results.filter((r) => r.kind === 'theme' && r.defiId).map((r) => r.defiId)
    expect(stands).toEqual(manifest.rooms.find((r) => r.id === 'anticiper-et-gerer-les-risques')!.stands)
    expect(search(en, 'risks').length).toBeGreaterThan(0)
    expect(search(fr, 'risks')).toEqual([])
  })

  it('needs every word, in any order', () => {
    expect(search(fr, 'catel anne')[0]?.defiId).toBe('adex')
    expect(search(fr, 'anne zzz')).toEqual([])
  })

  it('returns nothing for a blank query and at most `limit` results', () => {
    expect(search(fr, '   ')).toEqual([])
    expect(search(fr, 'e', 5)).toHaveLength(5)
  })
})
