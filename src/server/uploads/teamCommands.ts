import type { FastifyReply, FastifyRequest } from 'fastify'
import { parseCommands, type Command } from '../../curation/index.ts'
import { TEAM_FIELDS, teamMay } from '../auth/teamLinks.ts'
import { applyCommandsToDraft } from '../curate/drafts.ts'
import type { Db } from '../db/database.ts'
import { errorBody } from '../errors.ts'

/** What a team may edit by command: its défi's texts, people and links. Media come only through uploads. */
export const TEAM_COMMAND_FIELDS = TEAM_FIELDS.filter((f) => f !== 'media' && f !== 'extras')

/**
 * POST /api/team/commands (behind teamOnly) `{commands, baseEtag?}`: `defi.set` commands on the token's own défi and
 * the fields above only, applied to the draft with the défi marked `submitted` → 200 `{etag, version}`; 403 for any
 * other command, défi or field; 409 or 422 as the write side answers.
 */
export function teamCommandsHandler(db: Db, galleryDir: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const actor = request.actor
    if (actor?.kind !== 'team') return reply.code(401).send(errorBody('lien d’équipe requis', 'team link required'))
    const body = (request.body ?? {}) as { commands?: unknown; baseEtag?: unknown }
    const parsed = parseCommands(body.commands)
    if (!parsed.ok) return reply.code(400).send({ error: parsed.error })
    for (const command of parsed.commands) {
      // The write side's rule (own défi, team fields), less the media: those come only through checked uploads.
      const allowed =
        teamMay(actor, command) &&
        command.type === 'defi.set' &&
        (TEAM_COMMAND_FIELDS as readonly string[]).includes(command.field)
      if (!allowed) {
        return reply
          .code(403)
          .send(
            errorBody(
              'une équipe ne modifie que les textes, personnes et liens de son défi',
              "a team may only change its own défi's texts, people and links",
            ),
          )
      }
    }
    const commands: Command[] = [
      ...parsed.commands,
      { type: 'defi.set', defi: actor.defiId, field: 'status', value: 'submitted' },
    ]
    const result = applyCommandsToDraft(db, {
      exhibitionId: actor.exhibitionId,
      actor,
      commands,
      galleryDir,
      ...(typeof body.baseEtag === 'string' && { baseEtag: body.baseEtag }),
    })
    if (!result.ok)
      return reply.code(result.status).send({ error: result.error, ...(result.errors && { errors: result.errors }) })
    reply.header('Cache-Control', 'no-store')
    return { etag: result.etag, version: result.version }
  }
}
