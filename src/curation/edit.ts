import type { Bilingual } from '../manifest/index.ts'

/** A refusal, in both languages. */
export const refuse = (fr: string, en: string, path?: string): { ok: false; reason: Bilingual; path?: string } =>
  path === undefined ? { ok: false, reason: { fr, en } } : { ok: false, reason: { fr, en }, path }

type Entity = Record<string, unknown>

/** What `setKey` did, to undo it: the value the key had, and the key it stood before if it was taken out. */
export type KeyChange<T> = { next: T; previous?: unknown; before?: string }

/**
 * Sets (or, with `undefined`, removes) one key, keeping the others in their order: a key that was there keeps its
 * place; a new one goes before `before` when given (so that undoing a removal puts it back where it was), else last.
 */
export function setKey<T extends object>(entity: T, key: string, value: unknown, before?: string): KeyChange<T> {
  const source = entity as Entity
  const keys = Object.keys(source)
  const had = Object.hasOwn(source, key)
  const next: Entity = {}
  for (const [i, k] of keys.entries()) {
    if (k === before && !had && value !== undefined) next[key] = structuredClone(value)
    if (k !== key) next[k] = source[k]
    else if (value !== undefined) next[k] = structuredClone(value)
    if (i === keys.length - 1 && !had && value !== undefined && !Object.hasOwn(next, key)) {
      next[key] = structuredClone(value)
    }
  }
  if (keys.length === 0 && value !== undefined) next[key] = structuredClone(value)
  const change: KeyChange<T> = { next: next as T }
  if (had) change.previous = structuredClone(source[key])
  if (had && value === undefined) {
    const after = keys[keys.indexOf(key) + 1]
    if (after !== undefined) change.before = after
  }
  return change
}

/** A copy of `items` with `item` inserted at `index` (clamped; the end when none). */
export function insertAt<T>(items: readonly T[], item: T, index?: number): { items: T[]; at: number } {
  const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length))
  const next = items.slice()
  next.splice(at, 0, item)
  return { items: next, at }
}

/** The same object with only the keys whose value is defined: optional command fields stay out of the JSON. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/**
 * The refusal of a set whose `expect` (the value the editor saw, `null` for none) is no longer the field's value:
 * another organiser changed it meanwhile, and overwriting their change in silence would lose it.
 */
export function staleExpectation(cmd: { expect?: unknown }, current: unknown, field: string) {
  if (cmd.expect === undefined) return null
  if (JSON.stringify(cmd.expect) === JSON.stringify(current ?? null)) return null
  return {
    ok: false as const,
    conflict: true as const,
    reason: {
      fr: `« ${field} » a été modifié par quelqu'un d'autre entre-temps`,
      en: `"${field}" was changed by someone else meanwhile`,
    },
  }
}
