import type { Bilingual, ManifestInput } from '../manifest/index.ts'

/**
 * A draft as stored and edited: the manifest as its JSON file holds it (no defaults filled in), so that what is
 * published diffs cleanly against what was there. Every command takes one and returns a new one; none mutates.
 */
export type DraftDocument = ManifestInput

/**
 * What applying a command gives: the new document and the commands that undo it (applied in their order), or why it
 * does not apply, with the path of the field at fault (as the validator writes it, e.g. `$.defis[0].pitch`) if any;
 * `conflict` when someone else changed the field since the editor read it (the command's `expect` no longer holds).
 */
export type CommandResult<C> =
  { ok: true; doc: DraftDocument; inverse: C[] } | { ok: false; reason: Bilingual; path?: string; conflict?: true }
