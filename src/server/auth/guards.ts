import type { FastifyReply, FastifyRequest } from 'fastify'
import { CSRF_REFUSED, SIGNED_OUT, TEAM_LINK_REFUSED } from './messages.ts'
import { sameSecret } from './secrets.ts'
import { resumeSession, SESSION_COOKIE } from './sessions.ts'
import { verifyTeamToken } from './teamLinks.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD'])

/**
 * preHandler of organiser routes: a live session (401 otherwise), and on any method but GET and HEAD its CSRF token
 * in `X-CSRF-Token` (403 otherwise). Sets `request.actor`.
 */
export async function organiserOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const session = resumeSession(request.server.db, request.server.authSettings, request.cookies[SESSION_COOKIE])
  if (!session) return void (await reply.code(401).send(SIGNED_OUT))
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token']
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
      return void (await reply.code(403).send(CSRF_REFUSED))
    }
  }
  request.actor = { kind: 'organiser', organiserId: session.organiserId, email: session.email }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '')
  return match?.[1]
}

/**
 * preHandler of team routes: `Authorization: Bearer <token>` of a valid team link (401 with a message a team can act on
 * otherwise). Sets `request.actor` to the link, which opens its one défi: routes compare it with what they touch.
 */
export async function teamOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = bearerToken(request)
  const grant = token === undefined ? null : verifyTeamToken(request.server.db, token)
  if (!grant) return void (await reply.code(401).send(TEAM_LINK_REFUSED))
  request.actor = { kind: 'team', ...grant }
}
