import { describe, expect, it } from 'vitest'
import { cleanText, fitText, textWidth } from '../../src/media/textFit.ts'

describe('fitText', () => {
  it('keeps a short title on one line at the largest size', () => {
    expect(fitText('ADEX', 1088, [72, 52], 3, 'bold')).toEqual({ size: 72, lines: ['ADEX'] })
  })

  it('steps down the size and wraps a long title into lines that fit', () => {
    const title = 'Prévenir les conflits d’intérêts dans les expertises sanitaires grâce aux déclarations publiques'
    const fitted = fitText(title, 1088, [72, 62, 52, 44], 3, 'bold')
    expect(fitted.size).toBeLessThan(72)
    expect(fitted.lines.length).toBeLessThanOrEqual(3)
    expect(fitted.lines.join(' ')).toBe(title)
    for (const line of fitted.lines) expect(textWidth(line, fitted.size, 'bold')).toBeLessThanOrEqual(1088)
  })

  it('cuts what cannot fit at the smallest size with an ellipsis', () => {
    const fitted = fitText('mot '.repeat(200), 600, [40, 30], 2, 'regular')
    expect(fitted.size).toBe(30)
    expect(fitted.lines).toHaveLength(2)
    expect(fitted.lines[1]).toMatch(/…$/)
    for (const line of fitted.lines) expect(textWidth(line, 30, 'regular')).toBeLessThanOrEqual(600)
  })

  it('breaks a single word wider than the line', () => {
    const fitted = fitText('Anticonstitutionnellementissime'.repeat(3), 400, [40], 5, 'bold')
    expect(fitted.lines.length).toBeGreaterThan(1)
    for (const line of fitted.lines) expect(textWidth(line, 40, 'bold')).toBeLessThanOrEqual(400)
  })
})

describe('cleanText', () => {
  it('turns line breaks and tabs into single spaces but keeps no-break spaces', () => {
    expect(cleanText(' a\n\tb  «\u00a0c\u00a0» ')).toBe('a b «\u00a0c\u00a0»')
  })
})
