import type { Bilingual, ManifestInput } from '../manifest/index.ts'

/**
 * A draft as stored and edited: the manifest as its JSON file holds it (no defaults filled in), so that what is
 * published diffs cleanly against what was there. Every command takes one and returns a new one; none mutates.
 */
export type DraftDocument = ManifestInput

/** What applying a command gives: the new document and the commands that undo it, or why it no longer applies. */
export type CommandResult<C> = { ok: true; doc: DraftDocument; inverse: C[] } | { ok: false; reason: Bilingual }
