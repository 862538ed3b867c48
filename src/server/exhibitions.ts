import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Catalogue } from './catalogue.ts'
import { sendEncoded } from './encoded.ts'
import { errorBody } from './errors.ts'

/** The handlers of `/api/exhibitions` over a catalogue of manifests, served from memory, compressed once. */
export function exhibitionHandlers(catalogue: Catalogue) {
  return {
    async list(request: FastifyRequest, reply: FastifyReply) {
      // Manifests change under the server's feet: the client must always ask again (a 304 when nothing changed).
      return sendEncoded(request, reply.header('Cache-Control', 'no-cache'), await catalogue.listJson())
    },
    async get(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
      const entry = await catalogue.get(request.params.id)
      if (!entry) {
        return reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))
      }
      return sendEncoded(request, reply.header('Cache-Control', 'no-cache'), entry.json)
    },
  }
}
