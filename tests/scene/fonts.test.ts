import { describe, expect, it } from 'vitest'
import { declareMarianne, MARIANNE_FACES, type FontSet } from '../../src/scene/atlas/fonts.ts'

type Made = { url: string; weight: string }

function fakeSet(): FontSet & { added: Made[] } {
  const added: Made[] = []
  return { added, add: (face) => added.push(face as unknown as Made) }
}
const make = (url: string, weight: string) => ({ url, weight }) as unknown as FontFace

describe('declareMarianne', () => {
  it('declares Marianne regular and bold, from DSFR’s own woff2 files', () => {
    const fonts = fakeSet()
    declareMarianne(fonts, make)
    expect(fonts.added.map((f) => f.weight)).toEqual(['400', '700'])
    expect(fonts.added.map((f) => f.url)).toEqual(MARIANNE_FACES.map((f) => f.url))
    for (const { url } of fonts.added) expect(url).toMatch(/Marianne-(Regular|Bold)[^/]*\.woff2/)
  })

  it('declares them once per document, however many scenes are built', () => {
    const fonts = fakeSet()
    declareMarianne(fonts, make)
    declareMarianne(fonts, make)
    expect(fonts.added).toHaveLength(2)
    const other = fakeSet()
    declareMarianne(other, make)
    expect(other.added).toHaveLength(2)
  })
})
