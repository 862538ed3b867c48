import type { FastifyReply, FastifyRequest } from 'fastify'
import { listAudit } from '../db/audit.ts'
import type { Db } from '../db/database.ts'
import { errorBody } from '../errors.ts'

const DEFAULT_LIMIT = 200
const MAX_LIMIT = 1000

/** GET /api/curate/audit?exhibition=ID&limit=N → who did what and when, newest first (everything without `exhibition`). */
export function auditHandler(db: Db) {
  return async (
    request: FastifyRequest<{ Querystring: { exhibition?: string; limit?: string } }>,
    reply: FastifyReply,
  ) => {
    const { exhibition, limit } = request.query
    const n = limit === undefined ? DEFAULT_LIMIT : Number(limit)
    if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
      return reply.code(400).send(errorBody(`limite de 1 à ${MAX_LIMIT}`, `limit from 1 to ${MAX_LIMIT}`))
    }
    return { entries: listAudit(db, typeof exhibition === 'string' ? exhibition : null, n) }
  }
}
