import type { FastifyReply, FastifyRequest } from 'fastify'
import { actorLabel } from '../auth/actor.ts'
import { archivedIds, setArchived } from '../db/archive.ts'
import { recordAudit } from '../db/audit.ts'
import type { Db } from '../db/database.ts'
import { errorBody } from '../errors.ts'
import { getDraft } from './drafts.ts'

type Archive = { Params: { id: string } }

/**
 * `PUT /api/curate/exhibitions/:id/archived` `{archived: boolean}` (organisers): puts an exhibition in the archive or
 * takes it out, for the organisers' list; `GET /api/curate/archived` the ids archived. Visitors' pages do not change.
 */
export function archiveHandlers(db: Db, galleryDir: string) {
  return {
    async set(request: FastifyRequest<Archive>, reply: FastifyReply) {
      const body = request.body as { archived?: unknown } | undefined
      if (typeof body?.archived !== 'boolean') {
        return reply.code(400).send(errorBody('{archived: true|false} attendu', '{archived: true|false} expected'))
      }
      const id = request.params.id
      if (!getDraft(db, galleryDir, id))
        return reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))
      setArchived(db, id, body.archived, actorLabel(request.actor!))
      recordAudit(db, request.actor!, id, body.archived ? 'exhibition.archive' : 'exhibition.unarchive')
      return reply.code(204).send()
    },
    async list(_request: FastifyRequest, reply: FastifyReply) {
      return reply.header('Cache-Control', 'no-store').send({ archived: [...archivedIds(db)].sort() })
    },
  }
}
