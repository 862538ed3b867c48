import { describe, expect, it } from 'vitest'
import { fixHref, parseCuratePath, tabOfPath } from '../../../src/ui/curate/route.ts'

describe('parseCuratePath', () => {
  it('reads the list, an exhibition and its section, whatever the query', () => {
    expect(parseCuratePath('/curate')).toEqual({ name: 'list' })
    expect(parseCuratePath('/curate/eig4')).toEqual({ name: 'exhibition', id: 'eig4', tab: 'rooms' })
    expect(parseCuratePath('/curate/eig4/defis?defi=adex#defi-title')).toEqual({
      name: 'exhibition',
      id: 'eig4',
      tab: 'defis',
    })
  })
})

describe('fixHref', () => {
  it("links a gate to the défi's field to fix, and other paths to their section", () => {
    expect(fixHref('eig4', '$.defis[1].media.captions', ['a', 'b'])).toBe('/curate/eig4/defis?defi=b#defi-json-media')
    expect(fixHref('eig4', '$.defis[0].pitch', ['a'])).toBe('/curate/eig4/defis?defi=a#defi-pitchFr')
    expect(fixHref('eig4', '$.rooms[2].stands', [])).toBe('/curate/eig4/stands')
    expect(tabOfPath('$.exhibition.dates.end')).toBe('settings')
  })
})
