import type { Defi, LocalizedText } from '../manifest/index.ts'
import type { CommandResult, DraftDocument } from './types.ts'

/** Fields of a défi a `defi.set` command may change (its id never changes: stands and links point at it). */
export type DefiField = Exclude<keyof Defi, 'id'>

/** Every edit an organiser or a team can make, as data: sent over HTTP, applied by the server, undone by the editor. */
export type Command =
  | { type: 'room.rename'; room: string; title: LocalizedText }
  | { type: 'stand.move'; defi: string; room: string | null; index?: number }
  | { type: 'defi.set'; defi: string; field: DefiField; value?: unknown }

const fail = (fr: string, en: string): CommandResult<Command> => ({ ok: false, reason: { fr, en } })

function renameRoom(doc: DraftDocument, cmd: Extract<Command, { type: 'room.rename' }>): CommandResult<Command> {
  const index = doc.rooms.findIndex((r) => r.id === cmd.room)
  const room = doc.rooms[index]
  if (!room) return fail(`la salle « ${cmd.room} » n'existe plus`, `room "${cmd.room}" no longer exists`)
  const rooms = doc.rooms.slice()
  rooms[index] = { ...room, title: cmd.title }
  return { ok: true, doc: { ...doc, rooms }, inverse: [{ type: 'room.rename', room: cmd.room, title: room.title }] }
}

function moveStand(doc: DraftDocument, cmd: Extract<Command, { type: 'stand.move' }>): CommandResult<Command> {
  if (!(doc.defis ?? []).some((d) => d.id === cmd.defi)) {
    return fail(`le défi « ${cmd.defi} » n'existe plus`, `défi "${cmd.defi}" no longer exists`)
  }
  const fromIndex = doc.rooms.findIndex((r) => (r.stands ?? []).includes(cmd.defi))
  const from = doc.rooms[fromIndex]
  const fromPosition = from ? (from.stands ?? []).indexOf(cmd.defi) : -1
  const rooms = doc.rooms.map((r) =>
    r === from ? { ...r, stands: (r.stands ?? []).filter((s) => s !== cmd.defi) } : r,
  )
  if (cmd.room !== null) {
    const toIndex = rooms.findIndex((r) => r.id === cmd.room)
    const to = rooms[toIndex]
    if (!to) return fail(`la salle « ${cmd.room} » n'existe plus`, `room "${cmd.room}" no longer exists`)
    if (to.kind !== 'themed') {
      return fail('seules les salles thématiques reçoivent des stands', 'only themed rooms hold stands')
    }
    const stands = (to.stands ?? []).slice()
    const at = cmd.index === undefined ? stands.length : Math.max(0, Math.min(cmd.index, stands.length))
    stands.splice(at, 0, cmd.defi)
    rooms[toIndex] = { ...to, stands }
  }
  const back: Command = { type: 'stand.move', defi: cmd.defi, room: from ? from.id : null }
  if (from) back.index = fromPosition
  return { ok: true, doc: { ...doc, rooms }, inverse: [back] }
}

function setDefiField(doc: DraftDocument, cmd: Extract<Command, { type: 'defi.set' }>): CommandResult<Command> {
  const defis = (doc.defis ?? []).slice()
  const index = defis.findIndex((d) => d.id === cmd.defi)
  const defi = defis[index]
  if (!defi) return fail(`le défi « ${cmd.defi} » n'existe plus`, `défi "${cmd.defi}" no longer exists`)
  if ((cmd.field as string) === 'id') return fail("l'identifiant d'un défi ne change pas", "a défi's id cannot change")
  const previous = (defi as Record<string, unknown>)[cmd.field]
  // Rebuilt field by field, so that a field set back to nothing disappears from the file rather than staying undefined.
  const next: Record<string, unknown> = Object.fromEntries(Object.entries(defi).filter(([key]) => key !== cmd.field))
  if (cmd.value !== undefined) next[cmd.field] = structuredClone(cmd.value)
  defis[index] = next as typeof defi
  const back: Command = { type: 'defi.set', defi: cmd.defi, field: cmd.field }
  if (previous !== undefined) back.value = structuredClone(previous)
  return { ok: true, doc: { ...doc, defis }, inverse: [back] }
}

/** Applies one command to a draft. Pure: the result is a new document; the draft passed in is left as it was. */
export function applyCommand(doc: DraftDocument, cmd: Command): CommandResult<Command> {
  switch (cmd.type) {
    case 'room.rename':
      return renameRoom(doc, cmd)
    case 'stand.move':
      return moveStand(doc, cmd)
    case 'defi.set':
      return setDefiField(doc, cmd)
  }
}
