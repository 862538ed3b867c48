import type { FastifyReply, FastifyRequest } from 'fastify'
import { parseManifest } from '../../manifest/index.ts'
import type { Db } from '../db/database.ts'
import { errorBody } from '../errors.ts'
import { publicManifest } from '../publicManifest.ts'
import { getDraft } from './drafts.ts'

/**
 * GET /api/curate/exhibitions/:id/preview (organisers only): the draft as `/api/exhibitions/:id` would serve it once
 * published, for the visitor app's preview of the draft.
 */
export function previewHandler(db: Db, galleryDir: string) {
  return async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const draft = getDraft(db, galleryDir, request.params.id)
    if (!draft) return reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))
    let doc: unknown
    try {
      doc = JSON.parse(draft.body)
    } catch {
      doc = undefined
    }
    const parsed = parseManifest(doc)
    if (!parsed.ok)
      return reply.code(422).send({ ...errorBody('brouillon invalide', 'invalid draft'), errors: parsed.errors })
    return reply
      .header('Cache-Control', 'no-store')
      .header('ETag', draft.etag)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(publicManifest(parsed.manifest)))
  }
}
