import type { LocalizedText } from '../../manifest/fields.ts'

/** One language's part of a text ('' when absent); a plain string counts for every language. */
export const textPart = (text: LocalizedText | undefined, lang: 'fr' | 'en'): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[lang] ?? '')

/**
 * The text the two fields make: nothing when both are empty, a plain string when only French is given and the text
 * was one already (so that an untouched text keeps its form), otherwise one entry per language given.
 */
export function composeText(fr: string, en: string, original: LocalizedText | undefined): LocalizedText | undefined {
  const [f, e] = [fr.trim(), en.trim()]
  if (!f && !e) return undefined
  if (typeof original === 'string' && f === original.trim() && (e === '' || e === f)) return original
  if (!e && (original === undefined || typeof original === 'string')) return f
  return { ...(f ? { fr: f } : {}), ...(e ? { en: e } : {}) }
}
