import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { APP_SCREENS, SERVER_ROOTS } from '../manifest/reserved.ts'
import type { Catalogue } from './catalogue.ts'
import { cachedFile, sendEncoded } from './encoded.ts'
import { NOT_FOUND } from './errors.ts'
import { withPublicUrlMeta } from './publicUrl.ts'

/**
 * How the app's page is cached: browsers revalidate it at each visit (a 304 from memory when nothing changed), and a
 * CDN in front may answer a crowd's reloads itself for a few seconds.
 */
export const APP_PAGE_CACHE = 'public, max-age=0, s-maxage=5, must-revalidate'

// The compressed copies the build wrote beside the app's files are sent in their place, never under their own names.
const COMPRESSED_COPY = /\.(?:br|gz)$/i

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
  // A page of the app (a path whose last segment has no extension) is no file of the build: straight to the page,
  // without the file lookups of a miss, which a crowd's deep links would otherwise pay on every request.
  app.addHook('onRequest', async (request, reply) => {
    if (isPagePath(request)) return reply.callNotFound()
  })
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
    allowedPath: (pathName) => !COMPRESSED_COPY.test(pathName),
    setHeaders: (reply: FastifyReply, file: string) => {
      const inAssets = path.relative(path.resolve(distDir, 'assets'), file).split(path.sep)[0] !== '..'
      reply.header('Cache-Control', inAssets ? 'public, max-age=31536000, immutable' : APP_PAGE_CACHE)
    },
  })
}

function isPagePath(request: FastifyRequest): boolean {
  const urlPath = (request.raw.url ?? '/').split('?')[0] ?? '/'
  return !isServerPath(urlPath) && !urlPath.slice(urlPath.lastIndexOf('/') + 1).includes('.')
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

// Words after an exhibition's id that name one of its pages rather than a room (the app's RESERVED_PAGES).
const EXHIBITION_PAGES = new Set(['programme', 'booklet'])
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Whether the app will show a page at this path (200) or say "not found" (404): the same reading of the path as the
 * app's router, checked against the published manifests, so that crawlers and link checkers see the truth.
 */
export async function appPageStatus(urlPath: string, catalogue: Catalogue): Promise<200 | 404> {
  let segments: string[]
  try {
    segments = urlPath
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s))
  } catch {
    return 404
  }
  const [exhibitionId, roomId, defiId] = segments
  if (exhibitionId === undefined) return 200
  // The write side's screens say themselves what is missing (a revoked link, an unknown exhibition).
  if ((APP_SCREENS as readonly string[]).includes(exhibitionId)) return 200
  if (segments.length > 3 || !SLUG.test(exhibitionId)) return 404
  const entry = await catalogue.get(exhibitionId)
  if (!entry) return 404
  if (roomId === undefined) return 200
  if (defiId === undefined && EXHIBITION_PAGES.has(roomId)) return 200
  const room = entry.manifest.rooms.find((r) => r.id === roomId)
  if (!room) return 404
  if (defiId === undefined) return 200
  // A défi is found only in the first room that shows it, as the app does, so that a URL names one place.
  const first = entry.manifest.rooms.find((r) => r.stands.includes(defiId))
  return first === room ? 200 : 404
}

/**
 * The not-found handler: `index.html` for the client-side router's pages (with 404 where the app will say "not
 * found"), a JSON 404 for everything else. The page is served from memory, compressed once per build; `publicUrl`,
 * when set, goes into it as a meta tag (the booklet's QR codes).
 */
export function appFallback(distDir: string, catalogue: Catalogue, publicUrl?: string) {
  // Only a PUBLIC_URL that was set goes into the page: otherwise the app's own address (location.origin) is better.
  const indexPage = cachedFile(path.resolve(distDir, 'index.html'), 'text/html; charset=utf-8', (html) =>
    publicUrl ? withPublicUrlMeta(html, publicUrl) : html,
  )
  return async function notFound(request: FastifyRequest, reply: FastifyReply) {
    if (!wantsAppPage(request)) return reply.code(404).send(NOT_FOUND)
    // One stat per request: a rebuild shows up without restarting the server.
    const page = await indexPage()
    if (page === null) {
      return reply.code(503).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT)
    }
    const status = await appPageStatus((request.raw.url ?? '/').split('?')[0] ?? '/', catalogue)
    return sendEncoded(request, reply.code(status).header('Cache-Control', APP_PAGE_CACHE), page)
  }
}
