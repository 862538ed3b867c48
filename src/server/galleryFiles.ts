import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { isManifestFile, type Catalogue } from './catalogue.ts'
import { NOT_FOUND } from './errors.ts'

/** The JSON Schema of the manifests, which editors fetch through a manifest's `$schema`. */
const SCHEMA = 'schema.json'

type Params = { Params: { file: string } }

/**
 * The handler of `/gallery/:file`: `schema.json` as it is, and each manifest file as visitors may see it (drafts
 * removed, as by the API), never the raw file: what is not published yet, or private, stays on the server.
 */
export function galleryFileHandler(catalogue: Catalogue, galleryDir: string) {
  return async function galleryFile(request: FastifyRequest<Params>, reply: FastifyReply) {
    const name = request.params.file
    if (name === SCHEMA) {
      const schema = await readFile(path.join(galleryDir, SCHEMA), 'utf8').catch(() => null)
      if (schema === null) return reply.code(404).send(NOT_FOUND)
      return reply.header('Cache-Control', 'no-cache').type('application/schema+json; charset=utf-8').send(schema)
    }
    const entry = isManifestFile(name) ? await catalogue.fromFile(name) : undefined
    if (!entry) return reply.code(404).send(NOT_FOUND)
    return reply.header('Cache-Control', 'no-cache').type('application/json; charset=utf-8').send(entry.publicJson)
  }
}
