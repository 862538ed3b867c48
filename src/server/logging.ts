import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'

/** Where the log lines go when not to standard output (tests capture them), from which level, with or without one line per request. */
export type LogOptions = { stream: { write(line: string): void }; level?: string; requests?: boolean }

// Secrets a request or a log call may carry: pino replaces them before a line is written, wherever the line goes.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
]

// A team link's token travels in the path of its page (/upload/<token>): a path is logged, so the token is cut out.
const TOKEN_IN_PATH = /\/upload\/[^/?#]+/g

/** A path as it may be logged: a team link's token replaced. */
export function loggableUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, '/upload/[redacted]')
}

const serializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: loggableUrl(request.url),
    remoteAddress: request.ip,
    headers: request.headers,
  }),
  res: (reply: Partial<FastifyReply> & Pick<FastifyReply, 'statusCode'>) => ({
    statusCode: reply.statusCode,
    headers: reply.getHeaders?.(),
  }),
}

/** Fastify's logger settings: off, warnings and up on standard output, or every level asked for on a given stream. */
export function loggerOptions(opts: boolean | LogOptions | undefined): FastifyServerOptions['logger'] {
  if (!opts) return false
  const redact = { paths: REDACTED_PATHS, censor: '[redacted]' }
  if (opts === true) return { level: 'info', redact, serializers }
  return { level: opts.level ?? 'info', stream: opts.stream, redact, serializers }
}
