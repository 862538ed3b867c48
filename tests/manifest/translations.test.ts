import { describe, expect, it } from 'vitest'
import { FAILURE_TEXTS } from '../../src/app/AppErrorBoundary.tsx'
import { LANGUAGES } from '../../src/manifest/index.ts'
import { VALIDATOR_MESSAGES } from '../../src/manifest/messages.ts'
import { RECORDING_KIND_CAPTIONS } from '../../src/media/captions.ts'
import { dictionaryProblems, translator, type Dictionary } from '../../src/manifest/translations.ts'
import { KIND_LABELS, MESSAGES } from '../../src/ui/i18n.ts'
import { OVERLAY_MESSAGES } from '../../src/ui/overlay/strings.ts'
import { FAILURE_MESSAGES } from '../../src/video/messages.ts'

const DICTIONARIES: Record<string, Dictionary> = {
  'ui/i18n MESSAGES': MESSAGES,
  'ui/i18n KIND_LABELS': KIND_LABELS,
  'ui/overlay/strings': OVERLAY_MESSAGES,
  'video/messages': FAILURE_MESSAGES,
  'manifest/messages': VALIDATOR_MESSAGES,
  'media/captions': RECORDING_KIND_CAPTIONS,
  'app/AppErrorBoundary': FAILURE_TEXTS,
}

describe('the interface’s dictionaries', () => {
  it.each(Object.entries(DICTIONARIES))('give every key of %s in every language, placeholders alike', (_, dict) => {
    for (const [key, translation] of Object.entries(dict)) {
      expect(Object.keys(translation).sort(), key).toEqual([...LANGUAGES].sort())
    }
    expect(dictionaryProblems(dict)).toEqual([])
  })

  it('are checked by a test that finds an empty text and a placeholder lost in translation', () => {
    const broken = { a: { fr: '{n} défis', en: 'challenges' }, b: { fr: ' ', en: 'B' } }
    expect(dictionaryProblems(broken)).toEqual(['a: placeholders differ in en', 'b: empty in fr'])
  })

  it('are read through one typed lookup that fills placeholders', () => {
    const say = translator({ count: { fr: '{n} résultat(s)', en: '{n} result(s)' } })
    expect(say('en', 'count', { n: 3 })).toBe('3 result(s)')
    expect(say('fr', 'count', { constructor: 1 })).toBe('{n} résultat(s)')
  })
})
