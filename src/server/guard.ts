import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorBody } from './errors.ts'

// Encoded slashes, backslashes and NUL bytes have no business in our URLs: they only serve to slip past path checks.
const FORBIDDEN_ENCODED = /%(?:2f|5c|00)/i

/**
 * True when a request path (without its query) is a plain path: no `..` or `.` segment, encoded or not,
 * no empty segment (`//`, which would turn into an absolute path), no backslash, no encoded slash, no NUL.
 */
export function isSafeUrlPath(rawPath: string): boolean {
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || FORBIDDEN_ENCODED.test(rawPath)) return false
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return false
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return false
  const segments = decoded.split('/').slice(1)
  // The last segment may be empty (a trailing slash); no other may be.
  return segments.every((s, i) => s !== '..' && s !== '.' && (s !== '' || i === segments.length - 1))
}

/** onRequest hook: answers 400 to any path that tries to climb out of the folder it names. */
export async function rejectUnsafePaths(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const raw = request.raw.url ?? '/'
  const query = raw.indexOf('?')
  if (!isSafeUrlPath(query === -1 ? raw : raw.slice(0, query))) {
    await reply.code(400).send(errorBody('chemin refusé', 'path refused'))
  }
}
