import path from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { isManifestFile, type Catalogue } from './catalogue.ts'
import { cachedFile, sendEncoded } from './encoded.ts'
import { NOT_FOUND } from './errors.ts'

/** The JSON Schema of the manifests, which editors fetch through a manifest's `$schema`. */
const SCHEMA = 'schema.json'

type Params = { Params: { file: string } }

/**
 * The handler of `/gallery/:file`: `schema.json` as it is, and each manifest file as visitors may see it (drafts
 * removed, as by the API), never the raw file: what is not published yet, or private, stays on the server.
 * Both are served from memory, compressed once per version of the file.
 */
export function galleryFileHandler(catalogue: Catalogue, galleryDir: string) {
  const schema = cachedFile(path.join(galleryDir, SCHEMA), 'application/schema+json; charset=utf-8')
  return async function galleryFile(request: FastifyRequest<Params>, reply: FastifyReply) {
    const name = request.params.file
    if (name === SCHEMA) {
      const encoded = await schema()
      if (encoded === null) return reply.code(404).send(NOT_FOUND)
      return sendEncoded(request, reply.header('Cache-Control', 'no-cache'), encoded)
    }
    const entry = isManifestFile(name) ? await catalogue.fromFile(name) : undefined
    if (!entry) return reply.code(404).send(NOT_FOUND)
    return sendEncoded(request, reply.header('Cache-Control', 'no-cache'), entry.json)
  }
}
