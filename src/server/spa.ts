import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { SERVER_ROOTS } from '../manifest/reserved.ts'
import { NOT_FOUND } from './errors.ts'

/** URL prefixes that belong to the server, never to the client-side router. */
export const SERVER_PREFIXES = SERVER_ROOTS.map((root) => `/${root}`)

const NOT_BUILT = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Vernissage : application non construite</title></head>
<body>
<h1>L'application n'est pas encore construite</h1>
<p>Lancez <code>npm run build</code> (ou <code>npm start</code>, qui la construit), puis rechargez cette page.</p>
<h1 lang="en">The app has not been built yet</h1>
<p lang="en">Run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload this page.</p>
</body>
</html>
`

/**
 * Serves the files of the built app; Vite's hashed `/assets/*` are cached for a year, the rest revalidated. The build
 * wrote Brotli and gzip copies of its text files (src/node/precompress.ts): a browser that accepts them gets those.
 */
export async function appFiles(app: FastifyInstance, { distDir }: { distDir: string }): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.resolve(distDir),
    prefix: '/',
    decorateReply: false,
    index: false,
    list: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    preCompressed: true,
    suppressWarning: true,
    setHeaders: (reply: FastifyReply, file: string) => {
      const inAssets = path.relative(path.resolve(distDir, 'assets'), file).split(path.sep)[0] !== '..'
      reply.header('Cache-Control', inAssets ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
}

function isServerPath(urlPath: string): boolean {
  return SERVER_PREFIXES.some((p) => urlPath === p || urlPath.startsWith(`${p}/`))
}

/**
 * True for a request the client-side router should answer: a GET or HEAD outside the server's prefixes
 * that accepts HTML. A bare `*\/*` (curl, scripts) counts only for paths without a file extension, so that
 * a missing `/favicon.ico` is a 404 rather than a page.
 */
export function wantsAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const urlPath = (request.raw.url ?? '/').split('?')[0] ?? '/'
  if (isServerPath(urlPath)) return false
  const accept = request.headers.accept ?? '*/*'
  if (accept.includes('text/html')) return true
  const last = urlPath.slice(urlPath.lastIndexOf('/') + 1)
  return accept.includes('*/*') && !last.includes('.')
}

/** The not-found handler: `index.html` for the client-side router's pages, a JSON 404 for everything else. */
export function appFallback(distDir: string) {
  const indexFile = path.resolve(distDir, 'index.html')
  return async function notFound(request: FastifyRequest, reply: FastifyReply) {
    if (!wantsAppPage(request)) return reply.code(404).send(NOT_FOUND)
    // Read on every request (a few kilobytes): a rebuild shows up without restarting the server.
    const html = await readFile(indexFile, 'utf8').catch(() => null)
    if (html === null) {
      return reply.code(503).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT)
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html)
  }
}
