import { MAX_STANDS_PER_ROOM } from '../layout/index.ts'
import type { LocalizedText, ManifestInput } from '../manifest/index.ts'
import type { Command } from './commands.ts'
import { insertAt, refuse, setKey, staleExpectation } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

type RoomInput = ManifestInput['rooms'][number]

/** The room commands: create (a whole room, stands included, which is also how a deletion is undone), edit, delete. */
export type RoomCommand =
  | { type: 'room.create'; room: RoomInput; index?: number }
  | { type: 'room.rename'; room: string; title: LocalizedText; expect?: unknown }
  | { type: 'room.recolour'; room: string; themeColor?: string; before?: string }
  | { type: 'room.move'; room: string; index: number }
  | { type: 'room.delete'; room: string }

/** Room ids the app's URLs use for pages of their own (`/:exhibition/programme`…). */
const RESERVED_ROOM_IDS = new Set(['programme', 'booklet'])

const gone = (id: string) => refuse(`la salle « ${id} » n'existe plus`, `room "${id}" no longer exists`)

/** The room's index and value, or nothing. */
function findRoom(doc: DraftDocument, id: string): { index: number; room: RoomInput } | null {
  const index = doc.rooms.findIndex((r) => r.id === id)
  const room = doc.rooms[index]
  return room ? { index, room } : null
}

function createRoom(doc: DraftDocument, cmd: Extract<RoomCommand, { type: 'room.create' }>): CommandResult<Command> {
  const room = cmd.room
  if (findRoom(doc, room.id)) return refuse(`la salle « ${room.id} » existe déjà`, `room "${room.id}" already exists`)
  if (RESERVED_ROOM_IDS.has(room.id)) {
    return refuse(`« ${room.id} » est réservé à une page du site`, `"${room.id}" is taken by a page of the site`)
  }
  if (room.kind === 'lobby' && doc.rooms.some((r) => r.kind === 'lobby')) {
    return refuse("l'exposition a déjà un accueil", 'the exhibition already has a lobby')
  }
  if ((room.stands ?? []).length > MAX_STANDS_PER_ROOM) {
    return refuse(
      `une salle tient au plus ${MAX_STANDS_PER_ROOM} stands`,
      `a room holds at most ${MAX_STANDS_PER_ROOM} stands`,
    )
  }
  const { items } = insertAt(doc.rooms, structuredClone(room), cmd.index)
  return { ok: true, doc: { ...doc, rooms: items }, inverse: [{ type: 'room.delete', room: room.id }] }
}

function renameRoom(doc: DraftDocument, cmd: Extract<RoomCommand, { type: 'room.rename' }>): CommandResult<Command> {
  const found = findRoom(doc, cmd.room)
  if (!found) return gone(cmd.room)
  const stale = staleExpectation(cmd, found.room.title, 'title')
  if (stale) return stale
  const rooms = doc.rooms.slice()
  rooms[found.index] = setKey(found.room, 'title', cmd.title).next
  return {
    ok: true,
    doc: { ...doc, rooms },
    inverse: [{ type: 'room.rename', room: cmd.room, title: found.room.title }],
  }
}

function recolourRoom(
  doc: DraftDocument,
  cmd: Extract<RoomCommand, { type: 'room.recolour' }>,
): CommandResult<Command> {
  const found = findRoom(doc, cmd.room)
  if (!found) return gone(cmd.room)
  const change = setKey(found.room, 'themeColor', cmd.themeColor, cmd.before)
  const rooms = doc.rooms.slice()
  rooms[found.index] = change.next
  const back: Command = { type: 'room.recolour', room: cmd.room }
  if (change.previous !== undefined) back.themeColor = change.previous as string
  if (change.before !== undefined) back.before = change.before
  return { ok: true, doc: { ...doc, rooms }, inverse: [back] }
}

function moveRoom(doc: DraftDocument, cmd: Extract<RoomCommand, { type: 'room.move' }>): CommandResult<Command> {
  const found = findRoom(doc, cmd.room)
  if (!found) return gone(cmd.room)
  const rest = doc.rooms.filter((_, i) => i !== found.index)
  const { items } = insertAt(rest, found.room, cmd.index)
  return {
    ok: true,
    doc: { ...doc, rooms: items },
    inverse: [{ type: 'room.move', room: cmd.room, index: found.index }],
  }
}

function deleteRoom(doc: DraftDocument, cmd: Extract<RoomCommand, { type: 'room.delete' }>): CommandResult<Command> {
  const found = findRoom(doc, cmd.room)
  if (!found) return gone(cmd.room)
  if (doc.rooms.length === 1)
    return refuse("l'exposition garde au moins une salle", 'an exhibition keeps one room at least')
  // Its stands go back to "not placed" with it: they are in no other room's list, and the défis themselves stay.
  const rooms = doc.rooms.filter((_, i) => i !== found.index)
  return {
    ok: true,
    doc: { ...doc, rooms },
    inverse: [{ type: 'room.create', room: structuredClone(found.room), index: found.index }],
  }
}

/** Applies a room command. */
export function applyRoomCommand(doc: DraftDocument, cmd: RoomCommand): CommandResult<Command> {
  switch (cmd.type) {
    case 'room.create':
      return createRoom(doc, cmd)
    case 'room.rename':
      return renameRoom(doc, cmd)
    case 'room.recolour':
      return recolourRoom(doc, cmd)
    case 'room.move':
      return moveRoom(doc, cmd)
    case 'room.delete':
      return deleteRoom(doc, cmd)
  }
}
