import { describe, expect, it } from 'vitest'
import { contrastRatio, themeContrast } from '../../src/curation/index.ts'

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#18753c', '#18753c')).toBe(1)
  })
})

describe('themeContrast', () => {
  it('writes white on DSFR blue, near-black on a pale colour', () => {
    expect(themeContrast('#000091')).toMatchObject({ text: '#ffffff', ok: true })
    expect(themeContrast('#fef7da')).toMatchObject({ text: '#161616', ok: true })
  })
  it('flags a mid-grey no text reads on at 4.5:1', () => {
    const mid = themeContrast('#767676')
    expect(mid.ratio).toBeLessThan(4.6)
    expect(themeContrast('#7c7c7c').ok).toBe(false)
  })
})
