import path from 'node:path'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { MAX_MANIFEST_BYTES } from '../manifest/index.ts'
import type { AuthSettings } from './auth/settings.ts'
import { openDatabase } from './db/database.ts'
import { loggerOptions, type LogOptions } from './logging.ts'
import { registerRoutes } from './routes.ts'
import type { UploadSettings } from './uploads/setup.ts'

/**
 * Where the server finds the manifests, the media, the built app and its store (`dataDir`, created when missing);
 * `logger` turns on warnings and errors (or sends every line to a stream); `auth` tunes sessions and rate limits.
 */
export type ServerOptions = {
  galleryDir: string
  mediaDir: string
  distDir: string
  dataDir: string
  logger?: boolean | LogOptions
  auth?: Partial<AuthSettings>
  /** Upload limits and the job queue (see `UploadSettings`); `npm start` fills it from the environment. */
  uploads?: UploadSettings
  /** The reverse proxies whose X-Forwarded-* headers are believed (addresses or CIDR, comma-separated). */
  trustProxy?: string
}

/** Builds the vernissage server (not yet listening): the exhibitions API, the write side, the media, the built app. */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    // One log line per request drowns the warnings that matter (invalid manifests).
    logController: new LogController({
      disableRequestLogging: typeof opts.logger !== 'object' || !opts.logger.requests,
    }),
    // A whole manifest is the largest body a write route takes.
    bodyLimit: MAX_MANIFEST_BYTES,
    // Behind a TLS proxy, the client's address (login limits) and https (Secure cookies) come from its headers.
    ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}),
  })
  const db = openDatabase(path.resolve(opts.dataDir))
  app.addHook('onClose', async () => db.close())
  try {
    await registerRoutes(app, {
      galleryDir: path.resolve(opts.galleryDir),
      mediaDir: path.resolve(opts.mediaDir),
      distDir: path.resolve(opts.distDir),
      db,
      auth: opts.auth,
      dataDir: path.resolve(opts.dataDir),
      uploads: opts.uploads,
    })
  } catch (error) {
    db.close()
    throw error
  }
  return app
}
