import { message } from './messages.ts'
import type { ManifestError } from './errors.ts'
import { CURRENT_SCHEMA_VERSION } from './schema.ts'

/** A JSON object as read from a file, before validation. */
export type RawDocument = Record<string, unknown>

/** One step of the format: `up` turns a version `to - 1` document into version `to`, `down` undoes it; neither mutates its input. */
export type Migration = {
  to: number
  description: string
  up: (doc: RawDocument) => RawDocument
  down: (doc: RawDocument) => RawDocument
}

/**
 * The format's migrations, in order. Version 1 is the first published format, so there is nothing to
 * migrate yet; each later version adds one entry here and one test both ways in tests/manifest/migrate.test.ts.
 */
export const MIGRATIONS: readonly Migration[] = []

/** The result of bringing a document to a target version. */
export type MigrationResult = { ok: true; doc: RawDocument; from: number } | { ok: false; errors: ManifestError[] }

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Brings a raw document from its `schemaVersion` to `target` (the current version by default), up or down. */
export function migrate(
  input: unknown,
  target: number = CURRENT_SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  if (!isRecord(input)) return { ok: false, errors: [{ path: '$', message: message('type.object') }] }
  const version = input.schemaVersion
  if (version === undefined)
    return { ok: false, errors: [{ path: '$.schemaVersion', message: message('version.missing') }] }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: '$.schemaVersion', message: message('version.invalid') }] }
  }
  const newest = migrations.reduce((max, m) => Math.max(max, m.to), target)
  if (version > newest) {
    return {
      ok: false,
      errors: [{ path: '$.schemaVersion', message: message('version.newer', { version, current: newest }) }],
    }
  }
  // Migrations are pure and return new objects, so a shallow copy keeps the caller's input untouched.
  let doc: RawDocument = { ...input }
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.to === v + 1)
    if (!step) throw new Error(`no migration to version ${v + 1}`)
    doc = { ...step.up(doc), schemaVersion: v + 1 }
  }
  for (let v = version; v > target; v--) {
    const step = migrations.find((m) => m.to === v)
    if (!step) throw new Error(`no migration from version ${v}`)
    doc = { ...step.down(doc), schemaVersion: v - 1 }
  }
  return { ok: true, doc, from: version }
}
