import type { z } from 'zod'
import { formatPath, type ManifestError } from './errors.ts'
import { findJsonSyntaxError } from './jsonSyntax.ts'
import { lookupMessage, message, typeName, type Bilingual } from './messages.ts'
import { migrate } from './migrate.ts'
import { checkReferences } from './refs.ts'
import { Manifest } from './schema.ts'

/** The largest manifest file accepted, in bytes (5 MB). */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024

/** A manifest with its defaults filled in, or every fault found. */
export type ParseResult = { ok: true; manifest: Manifest } | { ok: false; errors: ManifestError[] }

function describeValue(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { fr: 'champ obligatoire manquant', en: 'required field is missing' }
      if (typeof input === 'number' && !Number.isFinite(input)) return message('number.finite')
      const want = typeName(issue.expected)
      const got = describeValue(input)
      return {
        fr: `${want.fr} est attendu, pas ${typeName(got).fr}`,
        en: `expected ${want.en}, got ${typeName(got).en}`,
      }
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ')
      return { fr: `valeur inconnue ; valeurs admises : ${values}`, en: `unknown value; allowed values: ${values}` }
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return { fr: `au moins ${issue.minimum} élément(s)`, en: `at least ${issue.minimum} item(s)` }
      }
      if (issue.origin === 'string') return lookupMessage('text.empty') as Bilingual
      return { fr: `valeur trop petite (minimum ${issue.minimum})`, en: `value too small (minimum ${issue.minimum})` }
    case 'too_big':
      return {
        fr: `trop long ou trop grand (maximum ${issue.maximum})`,
        en: `too long or too large (maximum ${issue.maximum})`,
      }
    default: {
      const params = (issue.code === 'custom' ? issue.params : undefined) as Record<string, string> | undefined
      return (
        lookupMessage(issue.message, params) ?? {
          fr: `valeur invalide (${issue.message})`,
          en: `invalid value (${issue.message})`,
        }
      )
    }
  }
}

function pick(issue: z.core.$ZodIssueInvalidUnion, input: unknown): z.core.$ZodIssue[] {
  // LocalizedText is a string or an object: report the branch that matches what was written.
  const branch = typeof input === 'object' && input !== null ? issue.errors[1] : issue.errors[0]
  return branch && typeof input === 'object' && input !== null ? branch : []
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function toErrors(issues: readonly z.core.$ZodIssue[], root: unknown, prefix: PropertyKey[] = []): ManifestError[] {
  const errors: ManifestError[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...path, key]),
          message: { fr: `champ inconnu « ${key} »`, en: `unknown field "${key}"` },
        })
      }
    } else if (issue.code === 'invalid_union') {
      const input = valueAt(root, path)
      const nested = pick(issue, input)
      if (nested.length > 0) errors.push(...toErrors(nested, root, path))
      else
        errors.push({
          path: formatPath(path),
          message:
            input === undefined
              ? { fr: 'champ obligatoire manquant', en: 'required field is missing' }
              : {
                  fr: 'texte attendu, ou un objet { "fr": …, "en": … }',
                  en: 'expected text, or an object { "fr": …, "en": … }',
                },
        })
    } else {
      errors.push({ path: formatPath(path), message: issueMessage(issue, valueAt(root, path)) })
    }
  }
  return errors
}

/**
 * Validates an untrusted value (parsed JSON) as a gallery manifest: migrates it to the current version,
 * checks its shape and its references, and fills in defaults. Never throws.
 */
export function parseManifest(input: unknown): ParseResult {
  const migrated = migrate(input)
  if (!migrated.ok) return { ok: false, errors: migrated.errors }
  const result = Manifest.safeParse(migrated.doc)
  if (!result.success) return { ok: false, errors: toErrors(result.error.issues, migrated.doc) }
  const errors = checkReferences(result.data)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, manifest: result.data }
}

/** Parses a manifest file's text: refuses files over 5 MB, reports malformed JSON with line and column. */
export function parseManifestText(text: string): ParseResult {
  const size = new TextEncoder().encode(text).length
  if (size > MAX_MANIFEST_BYTES) {
    return {
      ok: false,
      errors: [{ path: '$', message: message('file.tooLarge', { size, limit: MAX_MANIFEST_BYTES }) }],
    }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const at = findJsonSyntaxError(text) ?? { line: 1, column: 1, detail: 'invalid JSON', detailFr: 'JSON invalide' }
    // The parser's own detail is already in both languages: it follows the message, each in its language.
    const where = message('json.syntax', { line: at.line, column: at.column })
    const detailed = { fr: `${where.fr} : ${at.detailFr}`, en: `${where.en}: ${at.detail}` }
    return { ok: false, errors: [{ path: '$', message: detailed }] }
  }
  return parseManifest(value)
}
