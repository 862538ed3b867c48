import path from 'node:path'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { handleClientError, handleFrameworkError } from './errors.ts'
import { registerRoutes } from './routes.ts'
import { DEFAULT_TIMEOUTS, timeoutOptions, watchSlowClients, type Timeouts } from './timeouts.ts'

/**
 * Where the server finds the manifests, the media and the built app; `logger` turns on warnings and errors.
 * `publicUrl` (default: the address it listens on) starts every absolute URL the server writes; `trustProxy` reads
 * X-Forwarded-* (the protocol, for HSTS) from the proxy in front; `mediaCors` the origins that may play the media
 * from their pages (default `*`, null: none); `timeouts` replace the defaults (tests shorten them).
 */
export type ServerOptions = {
  galleryDir: string
  mediaDir: string
  distDir: string
  logger?: boolean
  publicUrl?: string
  trustProxy?: boolean | string
  mediaCors?: string | null
  timeouts?: Partial<Timeouts>
}

/** Builds the vernissage server (not yet listening): the exhibitions API, the media, the built app. */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts }
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    // One log line per request drowns the warnings that matter (invalid manifests).
    logController: new LogController({ disableRequestLogging: true }),
    ...timeoutOptions(timeouts),
    trustProxy: opts.trustProxy ?? false,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  })
  watchSlowClients(app.server, timeouts)
  await registerRoutes(app, {
    galleryDir: path.resolve(opts.galleryDir),
    mediaDir: path.resolve(opts.mediaDir),
    distDir: path.resolve(opts.distDir),
    publicUrl: opts.publicUrl?.replace(/\/+$/, ''),
    mediaCors: opts.mediaCors === undefined ? '*' : opts.mediaCors,
  })
  return app
}
