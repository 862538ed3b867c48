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

/** Titles longer than this are cut after three lines on screen, the whole text in a tooltip. */
export const LONG_TITLE = 120

/**
 * The attributes of a heading that shows a title: those of `textAttrs`, and for a title too long to read in full,
 * the class that cuts it with an ellipsis and the whole text as its tooltip (screen readers still read it all).
 */
export function titleAttrs(
  text: LocalizedText | undefined,
  lang: Language,
): ReturnType<typeof textAttrs> & { className?: string; title?: string } {
  const shown = localize(text, lang)
  return shown.length > LONG_TITLE
    ? { ...textAttrs(text, lang), className: 'vernissage-clamp', title: shown }
    : textAttrs(text, lang)
}

/** A piece of the exhibition's text inline, isolated with `dir="auto"` and marked with its language. */
export function UserText({ text, lang }: { text: LocalizedText | undefined; lang: Language }) {
  return <span {...textAttrs(text, lang)}>{localize(text, lang)}</span>
}
