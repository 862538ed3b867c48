import { describe, expect, it } from 'vitest'
import { contrastRatio, INK, mix, PAPER, parseHex, signColours, toHex } from '../../src/scene/colour.ts'
import { roomPalette } from '../../src/scene/building/palette.ts'
import { minimalManifest } from '../layout/helpers.ts'

describe('parseHex / toHex', () => {
  it('round-trips a theme colour', () => {
    expect(toHex(parseHex('#A94645'))).toBe('#a94645')
  })
  it('reads a malformed colour as grey instead of throwing mid-frame', () => {
    expect(parseHex('navy')).toEqual({ r: 128, g: 128, b: 128 })
  })
})

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, PAPER)).toBeCloseTo(21, 5)
    expect(contrastRatio(parseHex('#18753c'), parseHex('#18753c'))).toBe(1)
  })
})

describe('signColours', () => {
  const themes = ['#000091', '#465f9d', '#a94645', '#18753c', '#6e445a', '#ffe800', '#777777', '#8c8c8c', '#ffffff']
  it.each(themes)('writes room titles on %s with at least 4.5:1 contrast', (theme) => {
    const { background, text } = signColours(parseHex(theme))
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5)
  })
  it('keeps a theme colour that already contrasts, and writes white on dark blue', () => {
    const blue = parseHex('#000091')
    expect(signColours(blue)).toEqual({ background: blue, text: PAPER })
  })
  it('writes dark text on a light theme colour', () => {
    expect(signColours(parseHex('#ffe800')).text).toEqual(INK)
  })
  it('darkens a mid grey that neither white nor black text can be read on', () => {
    const grey = parseHex('#777777')
    expect(contrastRatio(grey, PAPER)).toBeLessThan(4.5)
    expect(signColours(grey).background).not.toEqual(grey)
  })
})

describe('roomPalette', () => {
  it('paints walls light enough for dark text and keeps the full theme for the frieze', () => {
    for (const room of minimalManifest().rooms) {
      const p = roomPalette(room.themeColor)
      expect(contrastRatio(p.wall, INK)).toBeGreaterThan(10)
      expect(toHex(p.frieze)).toBe(room.themeColor.toLowerCase())
    }
  })
  it('mixes channel by channel', () => {
    expect(mix(INK, PAPER, 0.5)).toEqual({ r: 138.5, g: 138.5, b: 138.5 })
  })
})
