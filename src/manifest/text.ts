import type { Language, LocalizedText } from './fields.ts'

/** The text of a localized field in `lang`, falling back to the other language, or '' when absent. */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[lang] ?? text.fr ?? text.en ?? ''
}
