import type { ManifestInput } from '../manifest/index.ts'
import type { Command } from './commands.ts'
import { insertAt, refuse, setKey, staleExpectation } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

type DefiInput = NonNullable<ManifestInput['defis']>[number]

/** Fields of a défi a `defi.set` command may change (its id never changes: stands and links point at it). */
export type DefiField = Exclude<keyof DefiInput, 'id'>

/**
 * The défi commands. `expect` (on set) is the value the editor saw, refused as a conflict if it changed; `before` (on set) puts a field that was taken out back where it was; `dropEmpty` (on delete)
 * takes the `defis` key away when the last one goes, as it was before the first was created.
 */
export type DefiCommand =
  | { type: 'defi.create'; defi: DefiInput; index?: number }
  | { type: 'defi.set'; defi: string; field: DefiField; value?: unknown; before?: string; expect?: unknown }
  | { type: 'defi.delete'; defi: string; dropEmpty?: true }

const gone = (id: string) => refuse(`le défi « ${id} » n'existe plus`, `défi "${id}" no longer exists`)

function createDefi(doc: DraftDocument, cmd: Extract<DefiCommand, { type: 'defi.create' }>): CommandResult<Command> {
  const defis = doc.defis ?? []
  if (defis.some((d) => d.id === cmd.defi.id)) {
    return refuse(`le défi « ${cmd.defi.id} » existe déjà`, `défi "${cmd.defi.id}" already exists`)
  }
  const back: Command = { type: 'defi.delete', defi: cmd.defi.id }
  if (doc.defis === undefined) back.dropEmpty = true
  const { items } = insertAt(defis, structuredClone(cmd.defi), cmd.index)
  return { ok: true, doc: { ...doc, defis: items }, inverse: [back] }
}

function setDefiField(doc: DraftDocument, cmd: Extract<DefiCommand, { type: 'defi.set' }>): CommandResult<Command> {
  const defis = (doc.defis ?? []).slice()
  const index = defis.findIndex((d) => d.id === cmd.defi)
  const defi = defis[index]
  if (!defi) return gone(cmd.defi)
  if ((cmd.field as string) === 'id')
    return refuse("l'identifiant d'un défi ne change pas", "a défi's id cannot change")
  const stale = staleExpectation(cmd, (defi as Record<string, unknown>)[cmd.field], cmd.field)
  if (stale) return stale
  const change = setKey(defi, cmd.field, cmd.value, cmd.before)
  defis[index] = change.next
  const back: Command = { type: 'defi.set', defi: cmd.defi, field: cmd.field }
  if (change.previous !== undefined) back.value = change.previous
  if (change.before !== undefined) back.before = change.before
  return { ok: true, doc: { ...doc, defis }, inverse: [back] }
}

function deleteDefi(doc: DraftDocument, cmd: Extract<DefiCommand, { type: 'defi.delete' }>): CommandResult<Command> {
  const index = (doc.defis ?? []).findIndex((d) => d.id === cmd.defi)
  const defi = doc.defis?.[index]
  if (!defi) return gone(cmd.defi)
  const rest = doc.defis!.filter((_, i) => i !== index)
  const inverse: Command[] = [{ type: 'defi.create', defi: structuredClone(defi), index }]
  // Its stand leaves its room with it; the undo puts it back in the same place.
  const room = doc.rooms.find((r) => (r.stands ?? []).includes(cmd.defi))
  const rooms = doc.rooms.map((r) =>
    r === room ? { ...r, stands: (r.stands ?? []).filter((s) => s !== cmd.defi) } : r,
  )
  if (room) inverse.push({ type: 'stand.move', defi: cmd.defi, room: room.id, index: room.stands!.indexOf(cmd.defi) })
  const next: DraftDocument = { ...doc, rooms, defis: rest }
  if (rest.length === 0 && cmd.dropEmpty) delete next.defis
  return { ok: true, doc: next, inverse }
}

/** Applies a défi command. */
export function applyDefiCommand(doc: DraftDocument, cmd: DefiCommand): CommandResult<Command> {
  switch (cmd.type) {
    case 'defi.create':
      return createDefi(doc, cmd)
    case 'defi.set':
      return setDefiField(doc, cmd)
    case 'defi.delete':
      return deleteDefi(doc, cmd)
  }
}
