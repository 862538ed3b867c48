import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

/** Content types of the files the media folder may serve; nothing else is served from it. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.m4s': 'video/iso.segment',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.m4a': 'audio/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * How long a media file may be cached. HLS segments and init segments are written once under a name of their
 * own and never rewritten, so they are immutable; everything else (playlists, MP4 fallbacks, posters,
 * captions) can be regenerated in place, so the browser revalidates it (cheap: ETag and Last-Modified).
 */
export function mediaCacheControl(file: string): string {
  const name = path.basename(file).toLowerCase()
  const ext = path.extname(name)
  if (ext === '.m4s' || ext === '.ts') return IMMUTABLE
  if (/^init(?:[._-][^/]*)?\.mp4$/.test(name)) return IMMUTABLE
  return 'no-cache'
}

/** Where a folder is mounted, and the origins that may read its files from their own pages (`*`; null: none). */
type FolderOptions = { root: string; mount: string; cors: string | null }

// What a page of another origin may read of an answer besides the basic headers: hls.js and players use these.
const EXPOSED = 'Content-Length, Content-Range, Accept-Ranges, ETag'

function typeOf(file: string): string | undefined {
  return MEDIA_TYPES[path.extname(file).toLowerCase()]
}

/**
 * Serves a folder read-only: only known file types, no dotfiles, no directory listing, Range requests
 * (206 with `Accept-Ranges`), ETag and Last-Modified; with `cors`, other sites may play them (a programme's own
 * page embedding a stand's HLS stream), preflight included.
 */
export async function staticFolder(app: FastifyInstance, { root, mount, cors }: FolderOptions): Promise<void> {
  if (cors !== null) {
    app.options(`${mount}*`, async (_request, reply) =>
      reply
        .code(204)
        .header('Access-Control-Allow-Origin', cors)
        .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
        .header('Access-Control-Allow-Headers', 'Range')
        .header('Access-Control-Max-Age', '86400')
        .send(),
    )
  }
  await app.register(fastifyStatic, {
    root: path.resolve(root),
    prefix: mount,
    decorateReply: false,
    index: false,
    list: false,
    redirect: false,
    dotfiles: 'ignore',
    serveDotFiles: false,
    cacheControl: false,
    acceptRanges: true,
    etag: true,
    lastModified: true,
    allowedPath: (pathName) => typeOf(pathName) !== undefined,
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('Content-Type', typeOf(file))
      reply.header('Cache-Control', mediaCacheControl(file))
      if (cors !== null) {
        reply.header('Access-Control-Allow-Origin', cors)
        reply.header('Access-Control-Expose-Headers', EXPOSED)
        reply.header('Cross-Origin-Resource-Policy', 'cross-origin')
      }
    },
  })
}
