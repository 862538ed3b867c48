import type { Session } from '../manifest/schema.ts'

/** The session on at some moment, or the next one to come. */
export type SessionNow = { session: Session; when: 'now' | 'next' }

/**
 * What the programme has on at `now` (ms since the epoch): the session in progress that started last (a short talk
 * within a week-long exhibition wins), else the next to start; null once everything is over.
 */
export function sessionAt(programme: readonly Session[], now: number): SessionNow | null {
  let current: Session | null = null
  let next: Session | null = null
  for (const session of programme) {
    const start = Date.parse(session.start)
    const end = Date.parse(session.end)
    if (start <= now && now < end) {
      if (!current || start > Date.parse(current.start)) current = session
    } else if (start > now && (!next || start < Date.parse(next.start))) next = session
  }
  if (current) return { session: current, when: 'now' }
  return next ? { session: next, when: 'next' } : null
}

/** The moment named by `?now=ISO` in a query string (to show the programme as on the day), or the clock. */
export function nowFromQuery(search: string, clock: () => number = Date.now): number {
  const asked = new URLSearchParams(search).get('now')
  const parsed = asked === null ? Number.NaN : Date.parse(asked)
  return Number.isNaN(parsed) ? clock() : parsed
}
