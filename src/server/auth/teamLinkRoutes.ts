import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { actorLabel } from './actor.ts'
import { recordAudit } from '../db/audit.ts'
import { lastReviewMessage } from '../db/reviews.ts'
import type { Db } from '../db/database.ts'
import { findTeamLink, listTeamLinks, revokeTeamLink } from '../db/teamLinks.ts'
import { listTeamUploads } from '../db/uploads.ts'
import { errorBody, NOT_FOUND } from '../errors.ts'
import { TEAM_LINK_REFUSED } from './messages.ts'
import { findTeamDefi } from './teamDefi.ts'
import { createTeamLink, TEAM_FIELDS, TEAM_LINK_DAYS } from './teamLinks.ts'

const NewLink = z.object({
  defi: z.string().min(1).max(80),
  days: z.number().int().min(1).max(TEAM_LINK_DAYS.max).default(TEAM_LINK_DAYS.default),
})

const DEFI_NOT_FOUND = errorBody('exposition ou défi introuvable', 'exhibition or défi not found')
const DEFI_GONE = errorBody(
  "ce défi ne fait plus partie de l'exposition : contactez les organisateurs",
  'this défi is no longer part of the exhibition: contact the organisers',
)

/** The page a team link opens: `<base>/upload/<token>`. */
export function teamLinkUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/upload/${token}`
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** Handlers of the team links: made and revoked by organisers, read by teams at `GET /api/team`. */
export function teamLinkHandlers(db: Db, galleryDir: string) {
  return {
    /** POST /api/curate/exhibitions/:id/team-links {defi, days?} → 201 and the link, whose token is shown only here. */
    async create(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
      const body = NewLink.safeParse(request.body)
      if (!body.success) {
        return reply
          .code(400)
          .send(errorBody('défi attendu, et une durée de 1 à 365 jours', 'défi expected, and 1 to 365 days'))
      }
      const exhibitionId = request.params.id
      const found = findTeamDefi(db, galleryDir, exhibitionId, body.data.defi)
      if (!found) return reply.code(404).send(DEFI_NOT_FOUND)
      const actor = request.actor!
      const link = createTeamLink(db, {
        exhibitionId,
        defiId: body.data.defi,
        days: body.data.days,
        createdBy: actorLabel(actor),
      })
      recordAudit(db, actor, exhibitionId, 'team-link.create', {
        link: link.id,
        defi: body.data.defi,
        expiresAt: iso(link.expiresAt),
      })
      reply.header('Cache-Control', 'no-store')
      return reply.code(201).send({
        id: link.id,
        defi: body.data.defi,
        expiresAt: iso(link.expiresAt),
        token: link.token,
        // Never the Host header: a forged one would hand the organiser a link to somebody else's site.
        url: teamLinkUrl(request.server.publicUrl(), link.token),
      })
    },

    /** GET /api/curate/exhibitions/:id/team-links → the links, without their tokens. */
    async list(request: FastifyRequest<{ Params: { id: string } }>) {
      const now = Date.now()
      return {
        links: listTeamLinks(db, request.params.id).map((link) => ({
          id: link.id,
          defi: link.defiId,
          createdAt: iso(link.createdAt),
          createdBy: link.createdBy,
          expiresAt: iso(link.expiresAt),
          expired: now >= link.expiresAt,
          revoked: link.revokedAt !== null,
          revokedAt: iso(link.revokedAt),
        })),
      }
    },

    /** DELETE /api/curate/team-links/:linkId → 204; the link opens nothing any more. */
    async revoke(request: FastifyRequest<{ Params: { linkId: string } }>, reply: FastifyReply) {
      const id = Number(request.params.linkId)
      const link = Number.isSafeInteger(id) ? findTeamLink(db, id) : undefined
      if (!link) return reply.code(404).send(NOT_FOUND)
      revokeTeamLink(db, id, Date.now())
      recordAudit(db, request.actor!, link.exhibitionId, 'team-link.revoke', { link: id, defi: link.defiId })
      return reply.code(204).send()
    },

    /** GET /api/team (behind teamOnly) → the link's exhibition, its défi, and the fields the team may change. */
    async team(request: FastifyRequest, reply: FastifyReply) {
      const actor = request.actor
      if (actor?.kind !== 'team') return reply.code(401).send(TEAM_LINK_REFUSED)
      reply.header('Cache-Control', 'no-store')
      const found = findTeamDefi(db, galleryDir, actor.exhibitionId, actor.defiId)
      if (!found) return reply.code(404).send(DEFI_GONE)
      // The uploads and their transcodes, and the message the organisers last sent this défi back with, if they did.
      const uploads = listTeamUploads(db, actor.exhibitionId, actor.defiId)
      return { ...found, may: TEAM_FIELDS, uploads, review: lastReviewMessage(db, actor.exhibitionId, actor.defiId) }
    },
  }
}
