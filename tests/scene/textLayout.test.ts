import { describe, expect, it } from 'vitest'
import { blockHeight, fitText, truncate, wrapText } from '../../src/scene/atlas/textLayout.ts'

// A monospaced "font": every character is 10 px wide at size 10, scaling with the size.
const at = (size: number) => (text: string) => text.length * size
const mono = at(10)

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Faire parler les données publiques', 150, 3, mono)).toEqual([
      'Faire parler',
      'les données',
      'publiques',
    ])
  })
  it('ends the last line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText('Faire parler les données publiques', 160, 2, mono)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(mono(lines[1]!)).toBeLessThanOrEqual(160)
  })
  it('cuts a word longer than a line', () => {
    expect(wrapText('Anticonstitutionnellement', 100, 2, mono)).toEqual(['Anticonst…'])
  })
  it('returns no line for blank text', () => {
    expect(wrapText('   ', 100, 2, mono)).toEqual([])
  })
})

describe('truncate', () => {
  it('keeps text that fits and shortens what does not', () => {
    expect(truncate('ADEX', 100, mono)).toBe('ADEX')
    expect(truncate('Haute Autorité de santé', 100, mono)).toBe('Haute Aut…')
  })
})

describe('fitText', () => {
  it('takes the largest size at which the whole text fits', () => {
    expect(fitText('Auditorium', 200, 1, [30, 20, 10], at)).toEqual({ size: 20, lines: ['Auditorium'] })
  })
  it('goes to two lines before shrinking further', () => {
    expect(fitText('Anticiper et gérer', 240, 2, [30, 20], at)).toEqual({ size: 20, lines: ['Anticiper et', 'gérer'] })
  })
  it('honours a height limit, so a two-line title never spills out of its sign', () => {
    const tall = fitText('Anticiper et gérer', 240, 2, [20, 12], at)
    const short = fitText('Anticiper et gérer', 240, 2, [20, 12], at, 30)
    expect(tall.size).toBe(20)
    expect(short.size).toBe(12)
    expect(blockHeight(short.size, short.lines.length)).toBeLessThanOrEqual(30)
  })
})
