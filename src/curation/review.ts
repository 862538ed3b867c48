import type { Command } from './commands.ts'
import { refuse, setKey } from './edit.ts'
import type { CommandResult, DraftDocument } from './types.ts'

/** The longest message a team is sent back with. */
export const MAX_REVIEW_MESSAGE = 2000

/**
 * An organiser's decision on a défi a team submitted: approve it (it is then published), or send it back to its team
 * (to `draft` again) with a message. The message is not part of the manifest: the server keeps it in its store
 * (`review_messages`), and the team reads it at `GET /api/team`.
 */
export type ReviewCommand =
  { type: 'defi.approve'; defi: string } | { type: 'defi.sendBack'; defi: string; message: string }

/** Applies a review command; its undo sets the status back as it was. */
export function applyReviewCommand(doc: DraftDocument, cmd: ReviewCommand): CommandResult<Command> {
  const defis = (doc.defis ?? []).slice()
  const index = defis.findIndex((d) => d.id === cmd.defi)
  const defi = defis[index]
  if (!defi) return refuse(`le défi « ${cmd.defi} » n'existe plus`, `défi "${cmd.defi}" no longer exists`)
  if (cmd.type === 'defi.sendBack' && cmd.message.trim() === '') {
    return refuse("dire à l'équipe ce qui manque", 'tell the team what is missing')
  }
  if (cmd.type === 'defi.sendBack' && cmd.message.length > MAX_REVIEW_MESSAGE) {
    return refuse(
      `message trop long (${MAX_REVIEW_MESSAGE} caractères au plus)`,
      `message too long (at most ${MAX_REVIEW_MESSAGE} characters)`,
    )
  }
  const change = setKey(defi, 'status', cmd.type === 'defi.approve' ? 'approved' : 'draft')
  defis[index] = change.next
  const back: Command = { type: 'defi.set', defi: cmd.defi, field: 'status' }
  if (change.previous !== undefined) back.value = change.previous
  return { ok: true, doc: { ...doc, defis }, inverse: [back] }
}
