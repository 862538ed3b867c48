import type { IncomingMessage } from 'node:http'
import { FileStore } from '@tus/file-store'
import { EVENTS, Server as TusServer } from '@tus/server'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { LANGUAGES, type Bilingual } from '../../manifest/index.ts'
import type { Actor } from '../auth/actor.ts'
import { errorBody } from '../errors.ts'
import { createUpload, deleteUpload, getUpload, setUploadState, touchUpload, uploadsInState } from '../db/uploads.ts'
import { UPLOAD_KINDS, type UploadKind } from './limits.ts'
import { checkClientFilename } from './names.ts'
import { afterUpload, type PipelineContext } from './pipeline.ts'
import { isUploadId, newUploadId, uploadsDir } from './store.ts'
import { sweepAbandonedUploads } from './sweep.ts'

/** A team link's grant, as `verifyTeamToken` gives it. */
export type TeamGrant = { linkId: number; exhibitionId: string; defiId: string }

/** What the upload routes need: the pipeline's parts and the team-token check of the write side. */
export type UploadRouteOptions = PipelineContext & {
  authenticateTeam: (token: string) => TeamGrant | null
  /** An upload no byte reached for this long stops counting against its team's uploads in flight. */
  staleMs?: number
}

/** The path tus answers on. */
export const UPLOADS_PATH = '/api/uploads'

const TUS_ERRORS: Record<number, Bilingual> = {
  409: {
    fr: "Upload-Offset ne correspond pas à ce que le serveur a reçu : demandez l'état (HEAD) et reprenez de là",
    en: 'Upload-Offset does not match what the server has received: ask (HEAD) and resume from there',
  },
  413: { fr: 'plus d’octets que la taille annoncée ou permise', en: 'more bytes than the declared or allowed size' },
  423: { fr: 'cet envoi reçoit déjà des octets : réessayez', en: 'this upload is already receiving bytes: retry' },
  404: { fr: 'envoi introuvable', en: 'upload not found' },
  410: { fr: 'envoi supprimé', en: 'upload deleted' },
}

type Refusal = { status: number; error: Bilingual }

const refusal = (status: number, fr: string, en: string): Refusal => ({ status, error: { fr, en } })

/** Reads tus's `Upload-Metadata` header: comma-separated `key base64value` pairs. Null when it is malformed. */
export function parseUploadMetadata(header: string | undefined): Record<string, string> | null {
  const out: Record<string, string> = {}
  if (!header) return out
  for (const pair of header.split(',')) {
    const [key, value, extra] = pair.trim().split(' ')
    if (!key || extra !== undefined || !/^[\w.-]+$/.test(key) || key in out) return null
    if (value !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return null
    out[key] = value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8')
  }
  return out
}

type Creation = { kind: UploadKind; filename: string; lang: string | null; size: number }

function checkCreation(request: FastifyRequest, opts: UploadRouteOptions): Creation | Refusal {
  const lengthHeader = request.headers['upload-length']
  if (typeof lengthHeader !== 'string' || !/^\d{1,16}$/.test(lengthHeader)) {
    return refusal(400, 'en-tête Upload-Length manquant ou invalide', 'missing or invalid Upload-Length header')
  }
  const meta = parseUploadMetadata(request.headers['upload-metadata'] as string | undefined)
  if (!meta) return refusal(400, 'en-tête Upload-Metadata invalide', 'invalid Upload-Metadata header')
  const kind = meta.kind as UploadKind
  if (!UPLOAD_KINDS.includes(kind)) {
    return refusal(400, 'type de fichier attendu : video, poster ou captions', 'kind must be video, poster or captions')
  }
  const filename = meta.filename ?? ''
  const nameProblem = checkClientFilename(filename)
  if (nameProblem) return { status: 400, error: nameProblem }
  let lang: string | null = null
  if (kind === 'captions') {
    lang = meta.lang ?? ''
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      return refusal(
        400,
        `langue des sous-titres attendue : ${LANGUAGES.join(', ')}`,
        `captions language must be one of ${LANGUAGES.join(', ')}`,
      )
    }
  }
  const size = Number(lengthHeader)
  const max = opts.limits.maxBytes[kind]
  if (size > max) {
    const mb = Math.round(max / 1024 / 1024)
    return refusal(
      413,
      `fichier trop gros (au plus ${mb} Mo pour ce type)`,
      `file too large (at most ${mb} MB for this kind)`,
    )
  }
  if (size === 0) return refusal(400, 'fichier vide', 'empty file')
  return { kind, filename, lang, size }
}

function bearer(request: FastifyRequest): string | undefined {
  return /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '')?.[1]
}

// tus hands its callbacks a web Request wrapping Node's; the route remembers per Node request what it decided.
const decided = new WeakMap<IncomingMessage, { id: string; kind: UploadKind }>()

function nodeRequest(req: unknown): IncomingMessage | undefined {
  return (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req
}

/**
 * The tus 1.0 server (creation and termination extensions) at `/api/uploads/`, storing under `DATA_DIR/uploads/`.
 * Fastify authenticates the team link, checks what is declared (kind, name, language, length, uploads in
 * flight) and the upload's owner before tus sees a byte; tus then handles the protocol (offsets, 409 on a wrong
 * one, HEAD to resume). A finished upload goes through its checks in the background.
 */
export async function registerUploadRoutes(app: FastifyInstance, opts: UploadRouteOptions): Promise<void> {
  const staleMs = opts.staleMs ?? 24 * 3600_000
  const pending = new Set<Promise<void>>()
  const track = (id: string) => {
    const run = afterUpload(opts, id)
      .catch((error: unknown) => {
        app.log.error(error)
        setUploadState(opts.db, id, 'failed', { reason: { fr: 'erreur du serveur', en: 'server error' } })
      })
      .finally(() => pending.delete(run))
    pending.add(run)
  }

  const tus = new TusServer({
    path: UPLOADS_PATH,
    datastore: new FileStore({ directory: uploadsDir(opts.dataDir) }),
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    namingFunction: (req) => {
      const id = decided.get(nodeRequest(req)!)?.id
      if (!id) throw { status_code: 500, body: 'no upload id\n' }
      return id
    },
    // The same limit again, for every PATCH: tus stops writing at the declared length or this, whichever is less.
    maxSize: (_req, id) => {
      const row = id ? getUpload(opts.db, id) : null
      return row ? opts.limits.maxBytes[row.kind] : Math.max(...Object.values(opts.limits.maxBytes))
    },
    // tus's own refusals (wrong offset, too many bytes, a lock) in the same bilingual JSON as the route's.
    onResponseError: (_req, err) => {
      const status = 'status_code' in err ? err.status_code : 500
      const known = TUS_ERRORS[status]
      const error = known ?? { fr: 'erreur du protocole tus', en: ('body' in err ? err.body : err.message).trim() }
      return { status_code: status, body: JSON.stringify({ error }) }
    },
    onUploadFinish: async (_req, upload) => {
      setUploadState(opts.db, upload.id, 'checking')
      track(upload.id)
      return {}
    },
  })
  tus.on(EVENTS.POST_RECEIVE, (_req, upload) => touchUpload(opts.db, upload.id))
  tus.on(EVENTS.POST_TERMINATE, (_req, _res, id) => setUploadState(opts.db, id, 'cancelled'))

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const refuse = (r: Refusal) => reply.code(r.status).send({ error: r.error })
    // tus would also answer GET with the stored bytes: nobody needs them back, and they are not checked yet.
    if (!['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'].includes(request.method)) {
      return void (await refuse(refusal(405, 'méthode non permise', 'method not allowed')))
    }
    if (request.method !== 'OPTIONS') {
      const token = bearer(request)
      const grant = token ? opts.authenticateTeam(token) : null
      if (!grant) {
        return void (await refuse(
          refusal(401, "lien d'équipe invalide, expiré ou révoqué", 'team link invalid, expired or revoked'),
        ))
      }
      const actor: Actor = { kind: 'team', ...grant }
      request.actor = actor
      const id = (request.params as { '*'?: string })['*'] ?? ''
      if (request.method === 'POST' && id === '') {
        const creation = checkCreation(request, opts)
        if ('status' in creation) return void (await refuse(creation))
        const uploadId = newUploadId()
        const fresh = createUpload(
          opts.db,
          { id: uploadId, linkId: grant.linkId, exhibitionId: grant.exhibitionId, defiId: grant.defiId, ...creation },
          opts.limits.maxInFlight,
          Date.now() - staleMs,
        )
        if (!fresh) {
          const n = opts.limits.maxInFlight
          return void (await refuse(
            refusal(
              429,
              `déjà ${n} envois en cours pour ce défi : attendez qu'un se termine`,
              `already ${n} uploads in flight for this défi: wait for one to finish`,
            ),
          ))
        }
        decided.set(request.raw, { id: uploadId, kind: creation.kind })
      } else if (request.method === 'POST') {
        return void (await refuse(refusal(405, 'méthode non permise', 'method not allowed')))
      } else {
        const row = isUploadId(id) ? getUpload(opts.db, id) : null
        // Another team's upload does not exist, as far as this token can tell.
        if (!row || row.linkId !== grant.linkId)
          return void (await reply.code(404).send(errorBody('envoi introuvable', 'upload not found')))
      }
    }
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) reply.raw.setHeader(name, value)
    reply.hijack()
    await tus.handle(request.raw, reply.raw)
    const created = decided.get(request.raw)
    if (created && reply.raw.statusCode !== 201) deleteUpload(opts.db, created.id)
  }

  await app.register(async (scope) => {
    // tus reads the body itself, as a stream: no parser may consume it first.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null))
    scope.all(UPLOADS_PATH, handle)
    scope.all(`${UPLOADS_PATH}/*`, handle)
  })

  // Once an hour, uploads abandoned for `staleMs` are deleted (PeerTube's cleaner of resumable uploads).
  const sweep = () => void sweepAbandonedUploads(opts.db, opts.dataDir, Date.now() - staleMs).catch(() => undefined)
  let sweeper: NodeJS.Timeout | undefined
  app.addHook('onReady', async () => {
    // Uploads whose checks a stopped server did not finish are checked again; videos it was handing to the queue
    // are enqueued again (a no-op for those the queue already holds).
    for (const row of uploadsInState(opts.db, 'checking')) track(row.id)
    for (const row of uploadsInState(opts.db, 'transcoding'))
      await opts.queue.enqueue('transcode', { uploadId: row.id })
    sweep()
    sweeper = setInterval(sweep, 3600_000).unref()
  })
  app.addHook('onClose', async () => {
    clearInterval(sweeper)
    await Promise.allSettled([...pending])
  })
}
