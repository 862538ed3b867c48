import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatLocation, parseLocation, RESERVED_PAGES, type AppLocation } from '../../src/store/routes.ts'

describe('parseLocation', () => {
  it('reads each page of the URL scheme', () => {
    expect(parseLocation('/')).toEqual({ name: 'exhibitions' })
    expect(parseLocation('/eig4')).toEqual({ name: 'lobby', exhibition: 'eig4' })
    expect(parseLocation('/eig4/')).toEqual({ name: 'lobby', exhibition: 'eig4' })
    expect(parseLocation('/eig4/donnees')).toEqual({ name: 'room', exhibition: 'eig4', room: 'donnees' })
    expect(parseLocation('/eig4/donnees/adex')).toEqual({
      name: 'defi',
      exhibition: 'eig4',
      room: 'donnees',
      defi: 'adex',
    })
    expect(parseLocation('/eig4/programme')).toEqual({ name: 'programme', exhibition: 'eig4' })
    expect(parseLocation('/eig4/booklet')).toEqual({ name: 'booklet', exhibition: 'eig4' })
    expect(parseLocation('/eig4/data.json')).toEqual({ name: 'data.json', exhibition: 'eig4' })
    expect(parseLocation('/eig4/data.csv')).toEqual({ name: 'data.csv', exhibition: 'eig4' })
  })

  it('reads the view and language options and ignores unknown values', () => {
    expect(parseLocation('/eig4?view=3d&lang=en')).toEqual({
      name: 'lobby',
      exhibition: 'eig4',
      view: '3d',
      lang: 'en',
    })
    expect(parseLocation('http://example.org/eig4?view=2d')).toEqual({ name: 'lobby', exhibition: 'eig4', view: '2d' })
    expect(parseLocation('/eig4?view=vr&lang=de')).toEqual({ name: 'lobby', exhibition: 'eig4' })
  })

  it('sends every URL outside the scheme to the not-found page', () => {
    for (const path of ['/EIG4', '/eig4/a/b/c', '/eig4/programme/x', '/eig4/%E0%A4%A', '/eig4/data.json/x', '/a_b']) {
      expect(parseLocation(path).name, path).toBe('notFound')
    }
  })
})

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 30)
const room = slug.filter((s) => !(RESERVED_PAGES as readonly string[]).includes(s))
const options = fc.record(
  { view: fc.constantFrom('2d', '3d'), lang: fc.constantFrom('fr', 'en') },
  { requiredKeys: [] },
)
const location: fc.Arbitrary<AppLocation> = fc
  .tuple(
    fc.oneof(
      fc.constant({ name: 'exhibitions' as const }),
      slug.map((exhibition) => ({ name: 'lobby' as const, exhibition })),
      fc.tuple(slug, room).map(([exhibition, room]) => ({ name: 'room' as const, exhibition, room })),
      fc.tuple(slug, room, slug).map(([exhibition, room, defi]) => ({ name: 'defi' as const, exhibition, room, defi })),
      fc.tuple(slug, fc.constantFrom(...RESERVED_PAGES)).map(([exhibition, name]) => ({ name, exhibition })),
    ),
    options,
  )
  .map(([route, opts]) => ({ ...route, ...opts }))

describe('formatLocation', () => {
  it('writes the canonical URL of a page', () => {
    expect(formatLocation({ name: 'defi', exhibition: 'eig4', room: 'donnees', defi: 'adex', lang: 'en' })).toBe(
      '/eig4/donnees/adex?lang=en',
    )
    expect(formatLocation({ name: 'programme', exhibition: 'eig4', view: '2d' })).toBe('/eig4/programme?view=2d')
  })

  it('round-trips with parseLocation for every page of the scheme', () => {
    fc.assert(
      fc.property(location, (loc) => {
        expect(parseLocation(formatLocation(loc))).toEqual(loc)
      }),
    )
  })
})

describe('query options the app does not read itself', () => {
  it('are kept through a round trip, so the 3D view can rewrite the URL without dropping ?stats or ?now', () => {
    const url = '/eig4/anticiper-et-gerer-les-risques/monitorfish?view=3d&stats&now=2021-06-17T14%3A10%3A00%2B02%3A00'
    const location = parseLocation(url)
    expect(location.view).toBe('3d')
    expect(location.extras).toBe('stats=&now=2021-06-17T14%3A10%3A00%2B02%3A00')
    const moved = formatLocation({ ...location, name: 'lobby', exhibition: 'eig4' })
    expect(new URL(moved, 'http://x').searchParams.has('stats')).toBe(true)
    expect(new URL(moved, 'http://x').searchParams.get('now')).toBe('2021-06-17T14:10:00+02:00')
  })
})
