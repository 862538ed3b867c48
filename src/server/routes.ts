import type { FastifyInstance } from 'fastify'
import { createCatalogue } from './catalogue.ts'
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

/**
 * Absolute folders the routes read from; `publicUrl` the origin every absolute URL the server writes starts with
 * (undefined: the address it listens on); `mediaCors` the origins allowed to read the media from their pages (null:
 * same origin only).
 */
export type RouteOptions = {
  galleryDir: string
  mediaDir: string
  distDir: string
  publicUrl: string | undefined
  mediaCors: string | null
}

/** Every route of the server, in one place. */
export async function registerRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  // First of all, so that every route below and every plugin's (the write side's too) inherits them.
  app.setErrorHandler(handleError)
  const methods = createMethodIndex()
  app.addHook('onRoute', methods.onRoute)
  app.addHook('onRequest', securityHeaders)
  app.addHook('onRequest', rejectUnsafePaths)
  app.addHook('onSend', neverCacheErrors)

  // What builds every absolute URL the server writes (data.csv, team links): never the request's Host header.
  // Routes of every plugin read it as `request.server.publicUrl()` (team links).
  const publicUrl = () => opts.publicUrl ?? listeningOrigin(app)
  app.decorate('publicUrl', publicUrl)
  const catalogue = createCatalogue(opts.galleryDir, app.log)
  // Read the gallery once before listening, so that invalid manifests are reported at start, not at first visit.
  app.addHook('onReady', async () => void (await catalogue.list()))
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
