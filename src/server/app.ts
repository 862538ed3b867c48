import path from 'node:path'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { registerRoutes } from './routes.ts'

/** Where the server finds the manifests, the media and the built app; `logger` turns on warnings and errors. */
export type ServerOptions = { galleryDir: string; mediaDir: string; distDir: string; logger?: boolean }

/** Builds the vernissage server (not yet listening): the exhibitions API, the media, the built app. */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    // One log line per request drowns the warnings that matter (invalid manifests).
    logController: new LogController({ disableRequestLogging: true }),
  })
  await registerRoutes(app, {
    galleryDir: path.resolve(opts.galleryDir),
    mediaDir: path.resolve(opts.mediaDir),
    distDir: path.resolve(opts.distDir),
  })
  return app
}
