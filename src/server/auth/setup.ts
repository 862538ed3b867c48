import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance, preHandlerHookHandler } from 'fastify'
import type { Db } from '../db/database.ts'
import { organiserOnly } from './guards.ts'
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './settings.ts'

/** The prefix of the organisers' routes: every route under it gets `organiserOnly`, whoever declares it. */
export const CURATE_PREFIX = '/api/curate'

/**
 * What the write side's routes rely on, set up before any of them is declared: cookies, the rate limiter (per route,
 * none global), the store and the session settings for the pre-handlers, JSON as the only body besides what a route
 * adds a parser for, and `organiserOnly` in front of every `/api/curate` route.
 */
export async function setUpAuth(app: FastifyInstance, db: Db, settings: Partial<AuthSettings> = {}): Promise<void> {
  app.decorate('db', db)
  app.decorate('authSettings', { ...DEFAULT_AUTH_SETTINGS, ...settings })
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, { global: false })
  // text/plain is the body a cross-site form can send without a preflight: with it gone, a body that is not JSON
  // gets 415 before any handler runs.
  app.removeContentTypeParser('text/plain')
  app.addHook('onRoute', (route) => {
    if (route.url !== CURATE_PREFIX && !route.url.startsWith(`${CURATE_PREFIX}/`)) return
    const handlers: preHandlerHookHandler[] = [route.preHandler ?? []].flat() as preHandlerHookHandler[]
    // A route that forgot the guard still gets it; one that has it is left alone.
    if (!handlers.includes(organiserOnly)) route.preHandler = [organiserOnly, ...handlers]
  })
}
