import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

// Below this size a compressed copy saves less than its headers cost.
const THRESHOLD = 1024

/** A text answer made once: its bytes as they are, compressed with Brotli and gzip, and a strong ETag for each. */
export type Encoded = {
  type: string
  identity: Buffer
  br: Buffer | null
  gzip: Buffer | null
  /** The hash of the bytes: the ETag of each copy is derived from it. */
  hash: string
}

type Coding = 'br' | 'gzip' | 'identity'

/**
 * Brotli's quality for a text of `bytes`: the best (11) is paid once per version, off the main thread, but grows
 * with size (~130 ms for EIG 4's 76 KB here) and requests for the new version wait for it; large texts get less.
 */
function brotliQuality(bytes: number): number {
  if (bytes <= 256 * 1024) return constants.BROTLI_MAX_QUALITY
  return bytes <= 1024 * 1024 ? 9 : 5
}

/** Makes and compresses an answer once, both ways, so that no request ever compresses. */
export async function encode(text: string | Buffer, type: string): Promise<Encoded> {
  const identity = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27)
  if (identity.length < THRESHOLD) return { type, identity, br: null, gzip: null, hash }
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(identity.length),
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipped(identity, { level: 9 }),
  ])
  return { type, identity, br, gzip: gz, hash }
}

/** The strong ETag of one copy: each encoding is a representation of its own. */
export function etagOf(encoded: Encoded, coding: Coding): string {
  return coding === 'identity' ? `"${encoded.hash}"` : `"${encoded.hash}-${coding === 'br' ? 'br' : 'gz'}"`
}

/** The q-value an Accept-Encoding header gives a coding (`*` counts for codings it does not name). */
function quality(header: string, coding: string): number {
  let star: number | null = null
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = q === undefined ? 1 : Number(q.slice(2))
    const weight = Number.isFinite(value) ? value : 0
    if (name === coding) return weight
    if (name === '*') star = weight
  }
  return star ?? 0
}

/** The copy to send for an Accept-Encoding header: Brotli, then gzip, else the bytes as they are. */
export function pickCoding(acceptEncoding: string | undefined, encoded: Encoded): Coding {
  if (!acceptEncoding) return 'identity'
  const br = encoded.br ? quality(acceptEncoding, 'br') : 0
  const gz = encoded.gzip ? quality(acceptEncoding, 'gzip') : 0
  if (br > 0 && br >= gz) return 'br'
  if (gz > 0) return 'gzip'
  return 'identity'
}

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for this header). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * Sends a made answer: the copy the client accepts, its ETag, `Vary: Accept-Encoding`, and 304 when the client
 * already holds that copy. The caller sets Cache-Control and its own headers first.
 */
export function sendEncoded(request: FastifyRequest, reply: FastifyReply, encoded: Encoded): FastifyReply {
  const coding = pickCoding(request.headers['accept-encoding'], encoded)
  const etag = etagOf(encoded, coding)
  reply.header('Vary', 'Accept-Encoding').header('ETag', etag)
  if (reply.statusCode === 200 && noneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send()
  const body = coding === 'br' ? encoded.br : coding === 'gzip' ? encoded.gzip : encoded.identity
  if (coding !== 'identity') reply.header('Content-Encoding', coding)
  return reply.type(encoded.type).send(body ?? encoded.identity)
}

/** What identifies a version of a file: a rename over it changes the inode, an edit the size, mtime or ctime. */
export function fileVersion(info: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`
}

/**
 * A file of the disk served from memory: read and compressed again only when its version changes (checked with
 * one `stat` per use). Resolves to null while the file cannot be read, so that it is served again once it can.
 */
export function cachedFile(file: string, type: string, transform: (text: string) => string = (t) => t) {
  let current: { version: string; encoded: Promise<Encoded> } | null = null
  return async function get(): Promise<Encoded | null> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const version = fileVersion(info)
    if (current?.version !== version) {
      const encoded = readFile(file, 'utf8').then((text) => encode(transform(text), type))
      current = { version, encoded }
      // A failed read is not remembered: the next use tries again.
      encoded.catch(() => {
        if (current?.encoded === encoded) current = null
      })
    }
    return current.encoded.catch(() => null)
  }
}
