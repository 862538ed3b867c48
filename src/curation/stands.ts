import { MAX_STANDS_PER_ROOM } from '../layout/index.ts'
import type { Command } from './commands.ts'
import { insertAt, refuse } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

/**
 * Moves a défi's stand to a place in a themed room (`index` in its list; the end when none), or out of every room
 * (`room: null`, "not placed"). `dropEmpty` takes the `stands` key away from the room it leaves when that empties it:
 * undoing a move into a room that had no list gives back a room with no list.
 */
export type StandCommand = { type: 'stand.move'; defi: string; room: string | null; index?: number; dropEmpty?: true }

/** Applies a stand command. */
export function applyStandCommand(doc: DraftDocument, cmd: StandCommand): CommandResult<Command> {
  if (!(doc.defis ?? []).some((d) => d.id === cmd.defi)) {
    return refuse(`le défi « ${cmd.defi} » n'existe plus`, `défi "${cmd.defi}" no longer exists`)
  }
  const from = doc.rooms.find((r) => (r.stands ?? []).includes(cmd.defi))
  const fromPosition = from ? (from.stands ?? []).indexOf(cmd.defi) : -1
  const rooms: DraftDocument['rooms'] = doc.rooms.map((r) => {
    if (r !== from) return r
    const stands = (r.stands ?? []).filter((s) => s !== cmd.defi)
    if (stands.length > 0 || !cmd.dropEmpty) return { ...r, stands }
    const { stands: _dropped, ...rest } = r
    return rest
  })
  let bare = false
  if (cmd.room !== null) {
    const toIndex = rooms.findIndex((r) => r.id === cmd.room)
    const to = rooms[toIndex]
    if (!to) return refuse(`la salle « ${cmd.room} » n'existe plus`, `room "${cmd.room}" no longer exists`)
    if (to.kind !== 'themed') {
      return refuse('seules les salles thématiques reçoivent des stands', 'only themed rooms hold stands')
    }
    bare = to.stands === undefined
    // Counted once the défi has left its old place, so that reordering within a full room is still allowed.
    if ((to.stands ?? []).length >= MAX_STANDS_PER_ROOM) {
      return refuse(
        `la salle est pleine : elle tient au plus ${MAX_STANDS_PER_ROOM} stands`,
        `the room is full: it holds at most ${MAX_STANDS_PER_ROOM} stands`,
      )
    }
    rooms[toIndex] = { ...to, stands: insertAt(to.stands ?? [], cmd.defi, cmd.index).items }
  }
  const back: Command = { type: 'stand.move', defi: cmd.defi, room: from ? from.id : null }
  if (from) back.index = fromPosition
  if (bare) back.dropEmpty = true
  return { ok: true, doc: { ...doc, rooms }, inverse: [back] }
}
