import type { ManifestInput } from '../manifest/index.ts'
import type { Command } from './commands.ts'
import { refuse, setKey, staleExpectation } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

/** The exhibition's own fields an organiser edits as a whole (the programme has its own commands; the id none). */
export const EXHIBITION_FIELDS = [
  'title',
  'subtitle',
  'promotion',
  'dates',
  'organiser',
  'credits',
  'licence',
  'languages',
] as const satisfies readonly (keyof ManifestInput['exhibition'])[]

/** One of `EXHIBITION_FIELDS`. */
export type ExhibitionField = (typeof EXHIBITION_FIELDS)[number]

/** Sets (or, with no value, removes) one of the exhibition's fields; `before` puts a removed one back in its place. */
export type ExhibitionCommand = {
  type: 'exhibition.set'
  field: ExhibitionField
  value?: unknown
  before?: string
  expect?: unknown
}

/** Applies an exhibition command. */
export function applyExhibitionCommand(doc: DraftDocument, cmd: ExhibitionCommand): CommandResult<Command> {
  if (!(EXHIBITION_FIELDS as readonly string[]).includes(cmd.field)) {
    return refuse(`champ « ${cmd.field} » non modifiable`, `field "${cmd.field}" cannot be edited`)
  }
  const stale = staleExpectation(cmd, (doc.exhibition as Record<string, unknown>)[cmd.field], cmd.field)
  if (stale) return stale
  const change = setKey(doc.exhibition, cmd.field, cmd.value, cmd.before)
  const back: Command = { type: 'exhibition.set', field: cmd.field }
  if (change.previous !== undefined) back.value = change.previous
  if (change.before !== undefined) back.before = change.before
  return { ok: true, doc: { ...doc, exhibition: change.next }, inverse: [back] }
}
