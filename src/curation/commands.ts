import { parseManifest, type ManifestError } from '../manifest/index.ts'
import { applyDefiCommand, type DefiCommand } from './defis.ts'
import { applyExhibitionCommand, type ExhibitionCommand } from './exhibition.ts'
import { applySessionCommand, type SessionCommand } from './programme.ts'
import { applyReviewCommand, type ReviewCommand } from './review.ts'
import { applyRoomCommand, type RoomCommand } from './rooms.ts'
import { applyStandCommand, type StandCommand } from './stands.ts'
import type { CommandResult, DraftDocument } from './types.ts'

export type { DefiField } from './defis.ts'

/** Every edit an organiser or a team can make, as data: sent over HTTP, applied by the server, undone by the editor. */
export type Command = RoomCommand | StandCommand | DefiCommand | ReviewCommand | SessionCommand | ExhibitionCommand

function applyShape(doc: DraftDocument, cmd: Command): CommandResult<Command> {
  switch (cmd.type) {
    case 'room.create':
    case 'room.rename':
    case 'room.recolour':
    case 'room.move':
    case 'room.delete':
      return applyRoomCommand(doc, cmd)
    case 'stand.move':
      return applyStandCommand(doc, cmd)
    case 'defi.create':
    case 'defi.set':
    case 'defi.delete':
      return applyDefiCommand(doc, cmd)
    case 'defi.approve':
    case 'defi.sendBack':
      return applyReviewCommand(doc, cmd)
    case 'session.add':
    case 'session.set':
    case 'session.remove':
      return applySessionCommand(doc, cmd)
    case 'exhibition.set':
      return applyExhibitionCommand(doc, cmd)
  }
}

const key = (e: ManifestError) => `${e.path}\n${e.message.en}`

/** The faults the new document has that the old one had not: a draft already at fault is not blamed on this edit. */
function newFaults(before: DraftDocument, after: DraftDocument): ManifestError[] {
  const parsed = parseManifest(after)
  if (parsed.ok) return []
  const old = parseManifest(before)
  const known = new Set(old.ok ? [] : old.errors.map(key))
  return parsed.errors.filter((e) => !known.has(key(e)))
}

/**
 * Applies one command to a draft. Pure: the result is a new document; the draft passed in is left as it was. The
 * result is checked with the very validator publishing uses, so a command that would make the manifest invalid
 * (an empty pitch, a session in a room that is gone) is refused with the validator's message and the field's path.
 */
export function applyCommand(doc: DraftDocument, cmd: Command): CommandResult<Command> {
  const result = applyShape(doc, cmd)
  if (!result.ok) return result
  const fault = newFaults(doc, result.doc)[0]
  return fault ? { ok: false, reason: fault.message, path: fault.path } : result
}

/**
 * Applies commands in order, all or none; the inverse undoes them all (the last one's undo first). A refusal says
 * which command, by its index.
 */
export function applyCommands(
  doc: DraftDocument,
  commands: readonly Command[],
):
  Extract<CommandResult<Command>, { ok: true }> | (Extract<CommandResult<Command>, { ok: false }> & { index: number }) {
  let current = doc
  const undo: Command[][] = []
  for (const [index, cmd] of commands.entries()) {
    const result = applyCommand(current, cmd)
    if (!result.ok) return { ...result, index }
    current = result.doc
    undo.unshift(result.inverse)
  }
  return { ok: true, doc: current, inverse: undo.flat() }
}
