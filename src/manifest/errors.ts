import type { Bilingual } from './messages.ts'

/** One fault in a manifest: where it is (a JSON path such as `$.defis[3].title`) and what is wrong, in French and English. */
export type ManifestError = {
  path: string
  message: Bilingual
}

/** Formats a path of keys and indices as a JSON path: `$.defis[3]["odd key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$'
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}
