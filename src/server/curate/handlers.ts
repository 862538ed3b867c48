import type { FastifyReply, FastifyRequest } from 'fastify'
import { parseCommands } from '../../curation/index.ts'
import type { Actor } from '../auth/actor.ts'
import type { Catalogue } from '../catalogue.ts'
import type { Db } from '../db/database.ts'
import { listVersions, readVersion } from '../db/drafts.ts'
import { errorBody } from '../errors.ts'
import {
  applyCommandsToDraft,
  createExhibition,
  getDraft,
  isExhibitionId,
  publishDraft,
  restoreVersion,
  saveDraft,
  type Draft,
  type DraftFailure,
  type PublishFailure,
} from './drafts.ts'
import { ifMatches } from './canonical.ts'
import { listExhibitions } from './list.ts'

/** What the curation routes work on: the store, the gallery folder they publish to, the catalogue visitors read. */
export type CurateOptions = { db: Db; galleryDir: string; catalogue: Catalogue }

type IdParams = { Params: { id: string } }
type VersionParams = { Params: { id: string; n: string } }

const SIGNED_OUT = errorBody('connexion requise', 'sign-in required')
const NO_EXHIBITION = errorBody('exposition introuvable', 'exhibition not found')
const NO_VERSION = errorBody('version introuvable', 'version not found')
const IF_MATCH_REQUIRED = errorBody(
  "en-tête If-Match requis : l'ETag de la version que vous modifiez",
  'If-Match header required: the ETag of the version you are changing',
)

function json(reply: FastifyReply, body: string, etag: string) {
  return reply
    .header('ETag', etag)
    .header('Cache-Control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(body)
}

function fail(reply: FastifyReply, failure: DraftFailure | PublishFailure) {
  const body: Record<string, unknown> = { error: failure.error }
  if ('errors' in failure && failure.errors) body.errors = failure.errors
  if ('reasons' in failure && failure.reasons) body.reasons = failure.reasons
  if ('command' in failure && failure.command !== undefined) body.command = failure.command
  const current: Draft | undefined = failure.current
  if (current) {
    body.etag = current.etag
    body.version = current.version
    body.draft = JSON.parse(current.body) as unknown
    reply.header('ETag', current.etag)
  }
  return reply.code(failure.status).header('Cache-Control', 'no-store').send(body)
}

function actorOf(request: FastifyRequest, reply: FastifyReply): Actor | undefined {
  if (request.actor) return request.actor
  void reply.code(401).send(SIGNED_OUT)
  return undefined
}

function versionNumber(raw: string): number | undefined {
  return /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : undefined
}

/** The handlers of `/api/curate/exhibitions…`; every one runs after `organiserOnly`, which sets `request.actor`. */
export function curateHandlers({ db, galleryDir, catalogue }: CurateOptions) {
  const draftOf = (id: string) => (isExhibitionId(id) ? getDraft(db, galleryDir, id) : undefined)
  return {
    async list(_request: FastifyRequest, reply: FastifyReply) {
      return reply.header('Cache-Control', 'no-store').send(await listExhibitions(db, catalogue))
    },
    async create(request: FastifyRequest, reply: FastifyReply) {
      const actor = actorOf(request, reply)
      if (!actor) return reply
      const result = createExhibition(db, galleryDir, { doc: request.body, actor })
      if (!result.ok) return fail(reply, result)
      const id = (request.body as { exhibition: { id: string } }).exhibition.id
      return reply
        .code(201)
        .header('ETag', result.etag)
        .header('Location', `/api/curate/exhibitions/${id}`)
        .send({ id, etag: result.etag, version: result.version })
    },
    async get(request: FastifyRequest<IdParams>, reply: FastifyReply) {
      const draft = draftOf(request.params.id)
      if (!draft) return reply.code(404).send(NO_EXHIBITION)
      // A screen that polls the draft pays for it only when it changed.
      if (ifMatches(request.headers['if-none-match'], draft.etag)) {
        return reply.code(304).header('ETag', draft.etag).header('Cache-Control', 'no-store').send()
      }
      return json(reply, draft.body, draft.etag)
    },
    async put(request: FastifyRequest<IdParams>, reply: FastifyReply) {
      const actor = actorOf(request, reply)
      if (!actor) return reply
      const ifMatch = request.headers['if-match']
      if (!draftOf(request.params.id)) return reply.code(404).send(NO_EXHIBITION)
      if (ifMatch === undefined) return reply.code(428).send(IF_MATCH_REQUIRED)
      const result = saveDraft(db, { exhibitionId: request.params.id, actor, doc: request.body, ifMatch })
      if (!result.ok) return fail(reply, result)
      return reply.header('ETag', result.etag).send({ etag: result.etag, version: result.version })
    },
    async commands(request: FastifyRequest<IdParams>, reply: FastifyReply) {
      const actor = actorOf(request, reply)
      if (!actor) return reply
      if (!draftOf(request.params.id)) return reply.code(404).send(NO_EXHIBITION)
      const body = (request.body ?? {}) as { baseEtag?: unknown; commands?: unknown }
      const parsed = parseCommands(body.commands)
      if (!parsed.ok) return reply.code(400).send({ error: parsed.error })
      const baseEtag = typeof body.baseEtag === 'string' ? body.baseEtag : undefined
      const result = applyCommandsToDraft(db, {
        exhibitionId: request.params.id,
        actor,
        commands: parsed.commands,
        ...(baseEtag === undefined ? {} : { baseEtag }),
      })
      if (!result.ok) return fail(reply, result)
      // A client that started from an older version gets the draft as it now is, others' changes included: spliced
      // in as saved, rather than parsed and serialised again on every busy write.
      const head = `{"etag":${JSON.stringify(result.etag)},"version":${result.version}`
      const answer = result.rebased && baseEtag !== undefined ? `${head},"draft":${result.body}}` : `${head}}`
      return json(reply, answer, result.etag)
    },
    async publish(request: FastifyRequest<IdParams>, reply: FastifyReply) {
      const actor = actorOf(request, reply)
      if (!actor) return reply
      const id = request.params.id
      if (!draftOf(id)) return reply.code(404).send(NO_EXHIBITION)
      const ifMatch = request.headers['if-match']
      if (ifMatch === undefined) return reply.code(428).send(IF_MATCH_REQUIRED)
      const result = await publishDraft(db, galleryDir, { exhibitionId: id, actor, ifMatch })
      if (!result.ok) return fail(reply, result)
      catalogue.forget(`${id}.json`)
      return reply.header('ETag', result.etag).send({ etag: result.etag, version: result.version })
    },
    async versions(request: FastifyRequest<IdParams>, reply: FastifyReply) {
      if (!draftOf(request.params.id)) return reply.code(404).send(NO_EXHIBITION)
      const versions = listVersions(db, request.params.id).map((v) => ({
        n: v.n,
        etag: v.etag,
        createdAt: new Date(v.createdAt).toISOString(),
        actor: v.actor,
        summary: v.summary,
        publishedAt: v.publishedAt === null ? null : new Date(v.publishedAt).toISOString(),
      }))
      return reply.header('Cache-Control', 'no-store').send(versions)
    },
    async version(request: FastifyRequest<VersionParams>, reply: FastifyReply) {
      const n = versionNumber(request.params.n)
      const version = n === undefined || !draftOf(request.params.id) ? undefined : readVersion(db, request.params.id, n)
      if (!version) return reply.code(404).send(NO_VERSION)
      return json(reply, version.body, version.etag)
    },
    async restore(request: FastifyRequest<VersionParams>, reply: FastifyReply) {
      const actor = actorOf(request, reply)
      if (!actor) return reply
      const n = versionNumber(request.params.n)
      if (n === undefined || !draftOf(request.params.id)) return reply.code(404).send(NO_VERSION)
      const result = restoreVersion(db, { exhibitionId: request.params.id, n, actor })
      if (!result.ok) return fail(reply, result)
      return reply.header('ETag', result.etag).send({ etag: result.etag, version: result.version })
    },
  }
}
