/** Who is making a request on the write side: a signed-in organiser, or a team through its link. */
export type Actor =
  | { kind: 'organiser'; organiserId: number; email: string }
  | { kind: 'team'; linkId: number; exhibitionId: string; defiId: string }

/** How an actor is named in versions and in the audit log (never a secret: no token, no session id). */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'organiser' ? actor.email : `team-link:${actor.linkId} (${actor.exhibitionId}/${actor.defiId})`
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth pre-handlers (`organiserOnly`, `teamOnly`) before a write-side route runs. */
    actor?: Actor
  }
}
