import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Manifest } from '../manifest/index.ts'
import { manifestCsv } from '../opendata/csv.ts'
import type { Catalogue, CatalogueEntry } from './catalogue.ts'
import { errorBody } from './errors.ts'

type Params = { Params: { exhibition: string } }

// A Host header is the client's to write: only a plain host[:port] may go into the URLs the CSV lists.
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

function origin(request: FastifyRequest): string {
  return PLAIN_HOST.test(request.host) ? `${request.protocol}://${request.host}` : ''
}

/** The headers every open data file carries: anyone may reuse it, from any site, under its licence. */
function openDataHeaders(reply: FastifyReply, manifest: Manifest, extraLinks: string[] = []): FastifyReply {
  const licence = `<${new URL(manifest.exhibition.licence.url).href}>; rel="license"`
  return reply
    .header('Cache-Control', 'no-cache')
    .header('Access-Control-Allow-Origin', '*')
    .header('Link', [licence, ...extraLinks].join(', '))
}

/** The handlers of `/:exhibition/data.json` and `/:exhibition/data.csv`: the public manifest, as open data. */
export function openDataHandlers(catalogue: Catalogue) {
  // The catalogue makes a new entry when a file changes, so an entry's manifest can be parsed once.
  const manifests = new WeakMap<CatalogueEntry, Manifest>()
  async function find(id: string): Promise<{ entry: CatalogueEntry; manifest: Manifest } | undefined> {
    const entry = await catalogue.get(id)
    if (!entry) return undefined
    let manifest = manifests.get(entry)
    if (!manifest) {
      // The catalogue validated the file and removed its drafts before writing this JSON.
      manifest = JSON.parse(entry.publicJson) as Manifest
      manifests.set(entry, manifest)
    }
    return { entry, manifest }
  }
  const notFound = (reply: FastifyReply) =>
    reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))

  return {
    async json(request: FastifyRequest<Params>, reply: FastifyReply) {
      const found = await find(request.params.exhibition)
      if (!found) return notFound(reply)
      return openDataHeaders(reply, found.manifest)
        .header('Content-Disposition', `inline; filename="${found.manifest.exhibition.id}.json"`)
        .type('application/json; charset=utf-8')
        .send(found.entry.publicJson)
    },
    async csv(request: FastifyRequest<Params>, reply: FastifyReply) {
      const found = await find(request.params.exhibition)
      if (!found) return notFound(reply)
      const { id } = found.manifest.exhibition
      // The credits are in data.json, which describes this file.
      return openDataHeaders(reply, found.manifest, [`</${id}/data.json>; rel="describedby"; type="application/json"`])
        .header('Content-Disposition', `attachment; filename="${id}-defis.csv"`)
        .type('text/csv; charset=utf-8; header=present')
        .send(manifestCsv(found.manifest, origin(request)))
    },
  }
}
