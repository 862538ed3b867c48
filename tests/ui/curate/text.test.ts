import { describe, expect, it } from 'vitest'
import { composeText, textPart } from '../../../src/ui/curate/text.ts'

describe('composeText', () => {
  it('keeps an untouched plain text as it was', () => {
    expect(composeText('Bonjour', 'Bonjour', 'Bonjour')).toBe('Bonjour')
  })
  it('gives one entry per language given, and nothing for two empty fields', () => {
    expect(composeText('Bonjour', 'Hello', 'Bonjour')).toEqual({ fr: 'Bonjour', en: 'Hello' })
    expect(composeText('', 'Hello', { fr: 'Bonjour', en: 'Hi' })).toEqual({ en: 'Hello' })
    expect(composeText(' ', '', 'x')).toBeUndefined()
  })
  it('reads one language of a text', () => {
    expect(textPart({ fr: 'Bonjour' }, 'en')).toBe('')
    expect(textPart('Bonjour', 'en')).toBe('Bonjour')
  })
})
