import type { FastifyInstance } from 'fastify'
import { createCatalogue } from './catalogue.ts'
import fastifyCompress from '@fastify/compress'
import { handleError, neverCacheErrors, NOT_FOUND } from './errors.ts'
import { exhibitionHandlers } from './exhibitions.ts'
import { galleryFileHandler } from './galleryFiles.ts'
import { rejectUnsafePaths } from './guard.ts'
import { staticFolder } from './media.ts'
import { answerOtherMethod, CATCH_ALL, createMethodIndex } from './methods.ts'
import { openDataHandlers } from './openData.ts'
import { listeningOrigin } from './publicUrl.ts'
import { securityHeaders } from './security.ts'
import { appFallback, appFiles } from './spa.ts'
import { auditHandler } from './auth/auditLog.ts'
import { organiserOnly, teamOnly } from './auth/guards.ts'
import { LOGIN_BODY_LIMIT, loginHandlers } from './auth/login.ts'
import type { AuthSettings } from './auth/settings.ts'
import { setUpAuth } from './auth/setup.ts'
import { teamLinkHandlers } from './auth/teamLinkRoutes.ts'
import type { Db } from './db/database.ts'
import { registerUploadRoutes } from './uploads/routes.ts'
import { uploadContext, type UploadSettings } from './uploads/setup.ts'
import { teamCommandsHandler } from './uploads/teamCommands.ts'
import { curateHandlers } from './curate/handlers.ts'
import { previewHandler } from './curate/preview.ts'
import { archiveHandlers } from './curate/archive.ts'

/**
 * Absolute folders the routes read from, the store, and the session settings (defaults unless tests shorten them);
 * `publicUrl` the origin every absolute URL the server writes starts with (undefined: the address it listens on);
 * `mediaCors` the origins allowed to read the media from their pages (null: same origin only).
 */
export type RouteOptions = {
  galleryDir: string
  mediaDir: string
  distDir: string
  db: Db
  auth?: Partial<AuthSettings>
  publicUrl: string | undefined
  mediaCors: string | null
  /** The store's folder: tus writes uploads under `dataDir/uploads/`. */
  dataDir: string
  uploads?: UploadSettings
}

type ById = { Params: { id: string } }
type ByVersion = { Params: { id: string; n: string } }
type AuditQuery = { Querystring: { exhibition?: string; limit?: string } }

/** Every route of the server, in one place. */
export async function registerRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  // First of all, so that every route below and every plugin's (the write side's too) inherits them.
  app.setErrorHandler(handleError)
  const methods = createMethodIndex()
  app.addHook('onRoute', methods.onRoute)
  app.addHook('onRequest', securityHeaders)
  app.addHook('onRequest', rejectUnsafePaths)
  app.addHook('onSend', neverCacheErrors)

  // The write side's accounts, sessions, team links and audit log (issue 8, part A). Set up before any write route:
  // every /api/curate route, declared here or below, gets organiserOnly.
  await setUpAuth(app, opts.db, opts.auth)
  const auth = loginHandlers(app)
  const links = teamLinkHandlers(opts.db, opts.galleryDir)
  app.post('/api/auth/login', { bodyLimit: LOGIN_BODY_LIMIT }, auth.login)
  app.get('/api/auth/session', auth.session)
  app.post('/api/auth/logout', { preHandler: organiserOnly }, auth.logout)
  app.post<ById>('/api/curate/exhibitions/:id/team-links', { preHandler: organiserOnly }, links.create)
  app.get<ById>('/api/curate/exhibitions/:id/team-links', { preHandler: organiserOnly }, links.list)
  app.delete<{ Params: { linkId: string } }>(
    '/api/curate/team-links/:linkId',
    { preHandler: organiserOnly },
    links.revoke,
  )
  app.get<AuditQuery>('/api/curate/audit', { preHandler: organiserOnly }, auditHandler(opts.db))
  app.get('/api/team', { preHandler: teamOnly }, links.team)
  // POST /api/team/commands : a team's edits of its own défi's texts, people and links, into the draft as submitted
  app.post('/api/team/commands', { preHandler: teamOnly }, teamCommandsHandler(opts.db, opts.galleryDir))
  // POST /api/uploads (tus creation), HEAD/PATCH/DELETE /api/uploads/:id : the team's video, poster and captions,
  // checked, then transcoded by the job queue's workers (issue 9)
  const uploads = await uploadContext(app, { ...opts, settings: opts.uploads })
  await registerUploadRoutes(app, uploads)
  // An /api/curate path that names nothing is still the organisers': 401 before 404, whoever asks.
  app.all('/api/curate/*', { preHandler: organiserOnly }, async (_request, reply) => reply.code(404).send(NOT_FOUND))

  // What builds every absolute URL the server writes (data.csv, team links): never the request's Host header.
  // Routes of every plugin read it as `request.server.publicUrl()` (team links).
  const publicUrl = () => opts.publicUrl ?? listeningOrigin(app)
  app.decorate('publicUrl', publicUrl)
  const catalogue = createCatalogue(opts.galleryDir, app.log)
  // Read the gallery once before listening, so that invalid manifests are reported at start, not at first visit.
  app.addHook('onReady', async () => void (await catalogue.list()))
  // Drafts, their versions and publishing (issue 8, part B): organisers only, every write validated and versioned.
  const curate = curateHandlers({ db: opts.db, galleryDir: opts.galleryDir, catalogue })
  await app.register(async (drafts) => {
    await drafts.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 })
    const only = { preHandler: organiserOnly }
    drafts.get('/api/curate/exhibitions', only, curate.list)
    drafts.post('/api/curate/exhibitions', only, curate.create)
    drafts.get<ById>('/api/curate/exhibitions/:id', only, curate.get)
    drafts.put<ById>('/api/curate/exhibitions/:id', only, curate.put)
    drafts.post<ById>('/api/curate/exhibitions/:id/commands', only, curate.commands)
    drafts.post<ById>('/api/curate/exhibitions/:id/publish', only, curate.publish)
    drafts.get<ById>('/api/curate/exhibitions/:id/versions', only, curate.versions)
    drafts.get<ByVersion>('/api/curate/exhibitions/:id/versions/:n', only, curate.version)
    drafts.post<ByVersion>('/api/curate/exhibitions/:id/versions/:n/restore', only, curate.restore)
    // The draft as visitors would get it once published: what the visitor app's preview of the draft shows.
    drafts.get<ById>('/api/curate/exhibitions/:id/preview', only, previewHandler(opts.db, opts.galleryDir))
    const archive = archiveHandlers(opts.db, opts.galleryDir)
    drafts.put<ById>('/api/curate/exhibitions/:id/archived', only, archive.set)
    drafts.get('/api/curate/archived', only, archive.list)
  })
  const exhibitions = exhibitionHandlers(catalogue)
  const openData = openDataHandlers(catalogue, publicUrl)
  // The API, the open data and the gallery's files are made and compressed once per version of a manifest and
  // served from memory (encoded.ts); the app's own files were compressed at build time (see appFiles).
  app.get('/api/exhibitions', exhibitions.list)
  app.get('/api/exhibitions/:id', exhibitions.get)
  app.all('/api/*', { config: CATCH_ALL }, async (request, reply) => {
    return answerOtherMethod(methods, request, reply) ?? reply.code(404).send(NOT_FOUND)
  })
  // GET /:exhibition/data.json and data.csv : the public manifest and one row per défi, before the app's fallback
  app.get('/:exhibition/data.json', openData.json)
  app.get('/:exhibition/data.csv', openData.csv)
  // GET /gallery/:file : schema.json, and each manifest file as published (drafts removed), never the raw file
  app.get('/gallery/:file', galleryFileHandler(catalogue, opts.galleryDir))

  // GET /media/* : videos, HLS playlists and segments, posters, captions; OPTIONS /media/* : CORS preflight
  await app.register(staticFolder, { root: opts.mediaDir, mount: '/media/', cors: opts.mediaCors })
  // GET /* : the built app's files (index.html, /assets/*, what Vite copied from public/)
  await app.register(appFiles, { distDir: opts.distDir })
  // Anything else: 405 for a method a path does not answer, the app's index.html for its own routes (deep links,
  // 404 where the app will say "not found"), a JSON 404 otherwise
  const fallback = appFallback(opts.distDir, catalogue, opts.publicUrl)
  app.setNotFoundHandler(
    async (request, reply) => answerOtherMethod(methods, request, reply) ?? fallback(request, reply),
  )
}
