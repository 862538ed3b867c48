import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { Bilingual } from '../manifest/index.ts'
import { SECURITY_HEADERS } from './security.ts'

/** The body of every error the server answers with: what went wrong, in French and English. */
export type ErrorBody = { error: Bilingual }

/** Builds an error body from its French and English wording. */
export function errorBody(fr: string, en: string): ErrorBody {
  return { error: { fr, en } }
}

/** The 404 answer for an API path or a file that does not exist. */
export const NOT_FOUND = errorBody('introuvable', 'not found')

/** Bodies refused before any handler runs: too large (413), or not JSON where JSON is expected (415). */
export const BODY_REFUSED = {
  413: errorBody('contenu trop volumineux', 'body too large'),
  415: errorBody(
    'le contenu doit être du JSON (Content-Type: application/json)',
    'the body must be JSON (Content-Type: application/json)',
  ),
}

/** An error a route may throw to answer `status` with its own wording (the error handler sends it as it is). */
export class HttpError extends Error {
  readonly statusCode: number
  readonly body: ErrorBody
  constructor(statusCode: number, fr: string, en: string) {
    super(en)
    this.statusCode = statusCode
    this.body = errorBody(fr, en)
  }
}

// What the server says for each status it may answer with when a route did not choose its own words: never the
// message of a library, which may echo the request or name the server's files.
const WORDING: Record<number, ErrorBody> = {
  400: errorBody('requête invalide', 'invalid request'),
  401: errorBody('connexion requise', 'sign-in required'),
  403: errorBody('accès refusé', 'access denied'),
  404: NOT_FOUND,
  405: errorBody('méthode non permise', 'method not allowed'),
  406: errorBody('format non disponible', 'format not available'),
  408: errorBody('requête trop lente', 'request timeout'),
  409: errorBody('conflit', 'conflict'),
  411: errorBody('longueur requise', 'length required'),
  412: errorBody('version périmée', 'precondition failed'),
  413: BODY_REFUSED[413],
  414: errorBody('adresse trop longue', 'address too long'),
  415: BODY_REFUSED[415],
  416: errorBody('plage non satisfaisable', 'range not satisfiable'),
  422: errorBody('contenu invalide', 'invalid content'),
  428: errorBody('précondition requise', 'precondition required'),
  429: errorBody('trop de requêtes, réessayez plus tard', 'too many requests, try again later'),
  431: errorBody('en-têtes trop volumineux', 'headers too large'),
  503: errorBody('service indisponible', 'service unavailable'),
}
const SERVER_ERROR = errorBody('erreur du serveur', 'server error')
// Errors of Fastify's own that deserve words closer than their status's.
const BY_CODE: Record<string, ErrorBody> = {
  FST_ERR_CTP_INVALID_JSON_BODY: errorBody('corps JSON invalide', 'invalid JSON body'),
  FST_ERR_CTP_EMPTY_JSON_BODY: errorBody('corps JSON vide', 'empty JSON body'),
  FST_ERR_VALIDATION: errorBody('contenu invalide', 'invalid content'),
}

/** The bilingual body for a status: its own wording, else the family's (4xx: invalid request, 5xx: server error). */
export function bodyForStatus(status: number): ErrorBody {
  return WORDING[status] ?? (status >= 500 ? SERVER_ERROR : WORDING[400]!)
}

// Headers that describe a file or a copy of it: an error answer must not carry them, or a cache would keep the error
// as if it were the file (a year, for an immutable segment).
const FILE_HEADERS = [
  'etag',
  'last-modified',
  'content-range',
  'accept-ranges',
  'content-encoding',
  'content-disposition',
  'content-length',
]

/** onSend hook: an error answer is never stored by a browser or a CDN, and carries nothing of a file's headers. */
export async function neverCacheErrors(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (reply.statusCode < 400) return
  reply.header('Cache-Control', 'no-store')
  // A 412 of the write side names the current draft's version in its ETag, for the editor to retry on: not a file's.
  if (reply.statusCode !== 412) reply.removeHeader('etag')
  for (const name of ['last-modified', 'accept-ranges']) reply.removeHeader(name)
}

/** The error handler of every route: one bilingual JSON format, no library's message, nothing cached. */
export async function handleError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
  if (status >= 500) request.log.error(error)
  // The static plugin refuses directories (and odd paths) with 403: treat them as missing, so that `/` reaches
  // the app's index.html and a folder's existence under /media is nobody's business.
  if (status === 403 && !(error instanceof HttpError)) return reply.callNotFound()
  for (const name of FILE_HEADERS) reply.removeHeader(name)
  // A Range beyond the end: RFC 9110 asks for the size, which the static plugin put on its error.
  const range = (error as { headers?: Record<string, string> }).headers?.['Content-Range']
  if (status === 416 && range) reply.header('Content-Range', range)
  const body = error instanceof HttpError ? error.body : ((error.code && BY_CODE[error.code]) ?? bodyForStatus(status))
  return reply.code(status).type('application/json; charset=utf-8').send(body)
}

/** Errors Fastify meets before routing (a malformed URL such as `/%zz`): the same format and headers as the rest. */
export function handleFrameworkError(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  // onRequest hooks do not run before routing: this answer sets the security headers itself.
  void reply
    .headers(SECURITY_HEADERS)
    .header('Cache-Control', 'no-store')
    .code(400)
    .type('application/json; charset=utf-8')
    .send(errorBody('adresse invalide', 'invalid address'))
}

/** Writes a whole error answer on a socket that HTTP parsing gave up on, then closes it. */
export function writeRawError(socket: Socket, status: number): void {
  if (socket.writable) {
    const body = JSON.stringify(bodyForStatus(status))
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      Connection: 'close',
    }
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.join('')}\r\n${body}`)
  }
  socket.destroy()
}

/** Node's own 400, 408 and 431 (malformed request, headers too slow or too large), in the app's format. */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  writeRawError(socket, status)
}
