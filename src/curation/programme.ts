import type { ManifestInput } from '../manifest/index.ts'
import type { Command } from './commands.ts'
import { insertAt, refuse, setKey, staleExpectation } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

type SessionInput = NonNullable<ManifestInput['exhibition']['programme']>[number]

/** Fields of a programme session a `session.set` command may change (not its id). */
export type SessionField = Exclude<keyof SessionInput, 'id'>

/**
 * The programme's commands: add a session, set one of its fields, remove it. `before` and `dropEmpty` make undo exact,
 * as for défis: a field goes back to its place, the `programme` key away if the undo empties a list that was absent.
 */
export type SessionCommand =
  | { type: 'session.add'; session: SessionInput; index?: number }
  | { type: 'session.set'; session: string; field: SessionField; value?: unknown; before?: string; expect?: unknown }
  | { type: 'session.remove'; session: string; dropEmpty?: true }

const gone = (id: string) => refuse(`la séance « ${id} » n'existe plus`, `session "${id}" no longer exists`)

/** The document with the programme replaced (or, with `undefined`, its key taken out of the exhibition). */
function withProgramme(doc: DraftDocument, programme: SessionInput[] | undefined): DraftDocument {
  return { ...doc, exhibition: setKey(doc.exhibition, 'programme', programme).next }
}

/** Applies a programme command. */
export function applySessionCommand(doc: DraftDocument, cmd: SessionCommand): CommandResult<Command> {
  const programme = doc.exhibition.programme ?? []
  if (cmd.type === 'session.add') {
    if (programme.some((s) => s.id === cmd.session.id)) {
      return refuse(`la séance « ${cmd.session.id} » existe déjà`, `session "${cmd.session.id}" already exists`)
    }
    const back: Command = { type: 'session.remove', session: cmd.session.id }
    if (doc.exhibition.programme === undefined) back.dropEmpty = true
    const { items } = insertAt(programme, structuredClone(cmd.session), cmd.index)
    return { ok: true, doc: withProgramme(doc, items), inverse: [back] }
  }
  const index = programme.findIndex((s) => s.id === cmd.session)
  const session = programme[index]
  if (!session) return gone(cmd.session)
  if (cmd.type === 'session.remove') {
    const rest = programme.filter((_, i) => i !== index)
    const next = withProgramme(doc, rest.length === 0 && cmd.dropEmpty ? undefined : rest)
    return { ok: true, doc: next, inverse: [{ type: 'session.add', session: structuredClone(session), index }] }
  }
  if ((cmd.field as string) === 'id')
    return refuse("l'identifiant d'une séance ne change pas", "a session's id cannot change")
  const stale = staleExpectation(cmd, (session as Record<string, unknown>)[cmd.field], cmd.field)
  if (stale) return stale
  const change = setKey(session, cmd.field, cmd.value, cmd.before)
  const sessions = programme.slice()
  sessions[index] = change.next
  const back: Command = { type: 'session.set', session: cmd.session, field: cmd.field }
  if (change.previous !== undefined) back.value = change.previous
  if (change.before !== undefined) back.before = change.before
  return { ok: true, doc: withProgramme(doc, sessions), inverse: [back] }
}
