import type { Language } from './fields.ts'

/** One text in every language the app speaks: leaving one out is a type error. */
export type Translation = Readonly<Record<Language, string>>

/** A dictionary of interface texts: every key with its translation. */
export type Dictionary<K extends string = string> = Readonly<Record<K, Translation>>

/** Values for `{name}` placeholders. */
export type Values = Readonly<Record<string, string | number>>

/** Fills the `{name}` placeholders of `text` from `values`; a placeholder without a value stays as written. */
export function fill(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all))
}

/**
 * The one way the app looks up its words: `translator(dictionary)` gives `(lang, key, values?) => text`, typed so
 * that only the dictionary's keys are accepted. Each part of the app keeps its own dictionary (the 3D overlays'
 * words load with them), all written as `{ key: { fr, en } }`.
 */
export function translator<K extends string>(dictionary: Dictionary<K>) {
  return (lang: Language, key: K, values?: Values): string => fill(dictionary[key][lang], values)
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** What is wrong with a dictionary: an empty text, or a placeholder one language has and another lacks. */
export function dictionaryProblems(dictionary: Dictionary): string[] {
  const problems: string[] = []
  for (const [key, translation] of Object.entries(dictionary)) {
    const texts = Object.entries(translation)
    for (const [lang, text] of texts) if (text.trim() === '') problems.push(`${key}: empty in ${lang}`)
    const first = JSON.stringify(placeholders(texts[0]?.[1] ?? ''))
    for (const [lang, text] of texts.slice(1)) {
      if (JSON.stringify(placeholders(text)) !== first) problems.push(`${key}: placeholders differ in ${lang}`)
    }
  }
  return problems
}
