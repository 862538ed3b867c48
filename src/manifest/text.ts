import type { Language, LocalizedText } from './fields.ts'

/** The text of a localized field in `lang`, falling back to the other language, or '' when absent. */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[lang] ?? text.fr ?? text.en ?? ''
}

/**
 * The language an exhibition's pages are shown in for a visitor who asked for `lang`: that language when the
 * exhibition is written in it, else the exhibition's first language (its content is not in the one asked for).
 */
export function contentLanguage(exhibition: { languages: readonly Language[] }, lang: Language): Language {
  return exhibition.languages.includes(lang) ? lang : (exhibition.languages[0] ?? lang)
}
