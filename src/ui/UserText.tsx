import type { Language, LocalizedText } from '../manifest/fields.ts'
import { localize } from '../manifest/text.ts'
import { fallbackLang } from './i18n.ts'

/**
 * The attributes of an element that shows one piece of the exhibition's text: `dir="auto"`, since a name may be
 * written right to left, and its language when it fell back to the other one.
 */
export function textAttrs(text: LocalizedText | undefined, lang: Language): { dir: 'auto'; lang?: Language } {
  const fallback = fallbackLang(text, lang)
  return fallback ? { dir: 'auto', lang: fallback } : { dir: 'auto' }
}

/** A piece of the exhibition's text inline, isolated with `dir="auto"` and marked with its language. */
export function UserText({ text, lang }: { text: LocalizedText | undefined; lang: Language }) {
  return <span {...textAttrs(text, lang)}>{localize(text, lang)}</span>
}
