import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Manifest } from '../manifest/index.ts'
import { manifestCsv } from '../opendata/csv.ts'
import type { Catalogue, CatalogueEntry } from './catalogue.ts'
import { encode, sendEncoded, type Encoded } from './encoded.ts'
import { errorBody } from './errors.ts'

type Params = { Params: { exhibition: string } }

const CSV_TYPE = 'text/csv; charset=utf-8; header=present'

/** The headers every open data file carries: anyone may reuse it, from any site, under its licence. */
function openDataHeaders(reply: FastifyReply, manifest: Manifest, extraLinks: string[] = []): FastifyReply {
  const licence = `<${new URL(manifest.exhibition.licence.url).href}>; rel="license"`
  return reply
    .header('Cache-Control', 'no-cache')
    .header('Access-Control-Allow-Origin', '*')
    .header('Link', [licence, ...extraLinks].join(', '))
}

/**
 * The handlers of `/:exhibition/data.json` and `/:exhibition/data.csv`: the public manifest, as open data.
 * `publicUrl` gives the origin the CSV's stand URLs start with (never the request's Host header).
 */
export function openDataHandlers(catalogue: Catalogue, publicUrl: () => string) {
  // The catalogue makes a new entry when a file changes: the CSV is made and compressed once per entry and origin.
  const csvs = new WeakMap<CatalogueEntry, { origin: string; encoded: Promise<Encoded> }>()
  function csvOf(entry: CatalogueEntry): Promise<Encoded> {
    const origin = publicUrl()
    let made = csvs.get(entry)
    if (made?.origin !== origin) {
      made = { origin, encoded: encode(manifestCsv(entry.manifest, origin), CSV_TYPE) }
      csvs.set(entry, made)
    }
    return made.encoded
  }
  const notFound = (reply: FastifyReply) =>
    reply.code(404).send(errorBody('exposition introuvable', 'exhibition not found'))

  return {
    async json(request: FastifyRequest<Params>, reply: FastifyReply) {
      const entry = await catalogue.get(request.params.exhibition)
      if (!entry) return notFound(reply)
      openDataHeaders(reply, entry.manifest).header(
        'Content-Disposition',
        `inline; filename="${entry.manifest.exhibition.id}.json"`,
      )
      return sendEncoded(request, reply, entry.json)
    },
    async csv(request: FastifyRequest<Params>, reply: FastifyReply) {
      const entry = await catalogue.get(request.params.exhibition)
      if (!entry) return notFound(reply)
      const { id } = entry.manifest.exhibition
      // The credits are in data.json, which describes this file.
      openDataHeaders(reply, entry.manifest, [`</${id}/data.json>; rel="describedby"; type="application/json"`])
      reply.header('Content-Disposition', `attachment; filename="${id}-defis.csv"`)
      return sendEncoded(request, reply, await csvOf(entry))
    },
  }
}
