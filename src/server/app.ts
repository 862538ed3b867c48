import path from 'node:path'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { MAX_MANIFEST_BYTES } from '../manifest/index.ts'
import type { AuthSettings } from './auth/settings.ts'
import { openDatabase } from './db/database.ts'
import { handleClientError, handleFrameworkError } from './errors.ts'
import { loggerOptions, type LogOptions } from './logging.ts'
import { registerRoutes } from './routes.ts'
import { DEFAULT_TIMEOUTS, timeoutOptions, watchSlowClients, type Timeouts } from './timeouts.ts'
import type { UploadSettings } from './uploads/setup.ts'

/**
 * Where the server finds the manifests, the media, the built app and its store (`dataDir`, created when missing);
 * `logger` turns on warnings and errors (or sends every line to a stream); `auth` tunes sessions and rate limits.
 * `publicUrl` (default: the address it listens on) starts every absolute URL the server writes; `trustProxy` reads
 * X-Forwarded-* (the client's address for login limits, https for Secure cookies and HSTS) from the proxy in front;
 * `mediaCors` the origins that may play the media from their pages (default `*`, null: none); `timeouts` replace
 * the defaults (tests shorten them).
 */
export type ServerOptions = {
  galleryDir: string
  mediaDir: string
  distDir: string
  dataDir: string
  logger?: boolean | LogOptions
  auth?: Partial<AuthSettings>
  publicUrl?: string
  trustProxy?: boolean | string
  mediaCors?: string | null
  timeouts?: Partial<Timeouts>
  /** Upload limits and the job queue (see `UploadSettings`); `npm start` fills it from the environment. */
  uploads?: UploadSettings
}

/** Builds the vernissage server (not yet listening): the exhibitions API, the write side, the media, the built app. */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts }
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    // One log line per request drowns the warnings that matter (invalid manifests).
    logController: new LogController({
      disableRequestLogging: typeof opts.logger !== 'object' || !opts.logger.requests,
    }),
    // A whole manifest is the largest body a write route takes.
    bodyLimit: MAX_MANIFEST_BYTES,
    ...timeoutOptions(timeouts),
    trustProxy: opts.trustProxy ?? false,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  })
  watchSlowClients(app.server, timeouts)
  const db = openDatabase(path.resolve(opts.dataDir))
  app.addHook('onClose', async () => db.close())
  try {
    await registerRoutes(app, {
      galleryDir: path.resolve(opts.galleryDir),
      mediaDir: path.resolve(opts.mediaDir),
      distDir: path.resolve(opts.distDir),
      db,
      auth: opts.auth,
      publicUrl: opts.publicUrl?.replace(/\/+$/, ''),
      mediaCors: opts.mediaCors === undefined ? '*' : opts.mediaCors,
      dataDir: path.resolve(opts.dataDir),
      uploads: opts.uploads,
    })
  } catch (error) {
    db.close()
    throw error
  }
  return app
}
