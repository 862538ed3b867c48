import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { recordAudit } from '../db/audit.ts'
import { findOrganiserByEmail } from '../db/organisers.ts'
import { errorBody } from '../errors.ts'
import { LOGIN_REFUSED, SIGNED_OUT, TOO_MANY_FAILURES } from './messages.ts'
import { verifyNothing, verifyPassword } from './password.ts'
import { endSession, resumeSession, SESSION_COOKIE, startSession } from './sessions.ts'

const LoginBody = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) })

/** The largest login body accepted: an email and a password. */
export const LOGIN_BODY_LIMIT = 8 * 1024

/** Handlers of `/api/auth/*`: login, the current session, logout. */
export function loginHandlers(app: FastifyInstance) {
  const { db, authSettings: settings } = app
  const limit = { max: settings.maxFailures, timeWindow: settings.failureWindowMs }
  // Two counters of failed logins, one per address and one per account; successes are never counted.
  const byAddress = app.createRateLimit(limit)
  const byAccount = app.createRateLimit({
    ...limit,
    keyGenerator: (request) => `account:${(request.body as { email: string }).email.toLowerCase()}`,
  })

  // Attempts still being checked count as failures until they are known not to be: otherwise a burst of parallel
  // guesses would all pass the limit before the first one failed.
  const pending = new Map<string, number>()
  const track = (keys: string[], delta: 1 | -1) => {
    for (const key of keys) {
      const n = (pending.get(key) ?? 0) + delta
      if (n > 0) pending.set(key, n)
      else pending.delete(key)
    }
  }

  /**
   * The limiters' keys for this attempt, and the seconds to wait when one of them has no failure left. An attempt let
   * through is counted as pending at once, in the same turn as the decision, so that no other attempt decides between.
   */
  async function check(request: FastifyRequest): Promise<{ keys: string[]; retryAfter: number | null }> {
    const keys: string[] = []
    let retryAfter: number | null = null
    for (const limiter of [byAddress, byAccount]) {
      const state = await limiter(request, { increment: false })
      if (state.isAllowed) continue
      keys.push(state.key)
      if (state.remaining - (pending.get(state.key) ?? 0) <= 0) {
        // A key whose failures are all still pending has no window yet: it will have the whole of one.
        const wait = state.ttlInSeconds > 0 ? state.ttlInSeconds : Math.ceil(settings.failureWindowMs / 1000)
        retryAfter = Math.max(retryAfter ?? 0, wait)
      }
    }
    if (retryAfter === null) track(keys, 1)
    return { keys, retryAfter }
  }

  return {
    /** POST /api/auth/login {email, password} → 204 and the session cookie; 401, the same whatever was wrong; 429. */
    async login(request: FastifyRequest, reply: FastifyReply) {
      const body = LoginBody.safeParse(request.body)
      if (!body.success) {
        return reply.code(400).send(errorBody('adresse et mot de passe attendus', 'email and password expected'))
      }
      request.body = body.data
      const { keys, retryAfter } = await check(request)
      if (retryAfter !== null) return reply.code(429).header('Retry-After', String(retryAfter)).send(TOO_MANY_FAILURES)
      const { email, password } = body.data
      const organiser = findOrganiserByEmail(db, email)
      let ok = false
      try {
        ok = organiser ? await verifyPassword(password, organiser.passwordHash) : await verifyNothing(password)
        if (!organiser || !ok) {
          await byAddress(request)
          await byAccount(request)
        }
      } finally {
        track(keys, -1)
      }
      if (!organiser || !ok) {
        // An unknown "email" may be a password typed in the wrong field: only known accounts are named.
        const detail = { email: organiser ? organiser.email : null }
        recordAudit(db, { kind: 'anonymous', ip: request.ip }, null, 'auth.login-failed', detail)
        request.log.info(detail, 'login refused')
        return reply.code(401).send(LOGIN_REFUSED)
      }
      // A new session id at each login, and the one the browser came with (if any) ended: no session fixation.
      endSession(db, request.cookies[SESSION_COOKIE])
      const cookie = startSession(db, settings, organiser.id)
      recordAudit(db, { kind: 'organiser', organiserId: organiser.id, email: organiser.email }, null, 'auth.login')
      request.log.info({ email: organiser.email }, 'login')
      return reply
        .setCookie(SESSION_COOKIE, cookie, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure: request.protocol === 'https',
          maxAge: Math.floor(settings.absoluteMs / 1000),
        })
        .code(204)
        .send()
    },

    /** GET /api/auth/session → who is signed in and the CSRF token, or 401. */
    async session(request: FastifyRequest, reply: FastifyReply) {
      const session = resumeSession(db, settings, request.cookies[SESSION_COOKIE])
      reply.header('Cache-Control', 'no-store')
      if (!session) return reply.code(401).send(SIGNED_OUT)
      return { organiser: { email: session.email }, csrfToken: session.csrfToken }
    },

    /** POST /api/auth/logout (behind organiserOnly) → 204; the session is deleted, the cookie cleared. */
    async logout(request: FastifyRequest, reply: FastifyReply) {
      endSession(db, request.cookies[SESSION_COOKIE])
      if (request.actor) recordAudit(db, request.actor, null, 'auth.logout')
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send()
    },
  }
}
