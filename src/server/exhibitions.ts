import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Catalogue } from './catalogue.ts'
import { errorBody } from './errors.ts'

/** The handlers of `/api/exhibitions` over a catalogue of manifests. */
export function exhibitionHandlers(catalogue: Catalogue) {
  return {
    async list(_request: FastifyRequest, reply: FastifyReply) {
      // Manifests change under the server's feet: the client must always ask again.
      return reply.header('Cache-Control', 'no-cache').send(await catalogue.list())
    },
    async get(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
      const entry = await catalogue.get(request.params.id)
      if (!entry) {
        return reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))
      }
      return reply.header('Cache-Control', 'no-cache').type('application/json; charset=utf-8').send(entry.publicJson)
    },
  }
}
