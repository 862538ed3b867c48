import type { Db } from '../db/database.ts'

/** How long sessions last and how many failed logins are allowed; tests shorten them. */
export type AuthSettings = {
  /** A session unused this long is over. */
  idleMs: number
  /** A session is over this long after login, used or not. */
  absoluteMs: number
  /** Failed logins allowed per address and per account in `failureWindowMs`; the next attempt gets 429. */
  maxFailures: number
  failureWindowMs: number
}

/** Two hours idle, twelve hours at most, ten failures per quarter of an hour. */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  maxFailures: 10,
  failureWindowMs: 15 * 60 * 1000,
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The store, for the pre-handlers that check sessions and team links. */
    db: Db
    /** Session lifetimes and login limits, for the same pre-handlers. */
    authSettings: AuthSettings
  }
}
