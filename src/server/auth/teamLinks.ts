import type { Command } from '../../curation/index.ts'
import type { Db } from '../db/database.ts'
import { findTeamLinkByHash, insertTeamLink } from '../db/teamLinks.ts'
import { hashSecret, isSecretShaped, newSecret, sameSecret } from './secrets.ts'

/** What a valid team token opens: one défi of one exhibition. */
export type TeamGrant = { linkId: number; exhibitionId: string; defiId: string }

/** How long a link lasts unless asked otherwise, and at most. */
export const TEAM_LINK_DAYS = { default: 30, max: 365 }

const DAY_MS = 24 * 60 * 60 * 1000

/** Makes a link for a défi; the token is returned once and stored only as its hash. */
export function createTeamLink(
  db: Db,
  link: { exhibitionId: string; defiId: string; days: number; createdBy: string },
  now = Date.now(),
): { id: number; token: string; expiresAt: number } {
  const token = newSecret()
  const expiresAt = now + link.days * DAY_MS
  const id = insertTeamLink(db, {
    tokenHash: hashSecret(token),
    exhibitionId: link.exhibitionId,
    defiId: link.defiId,
    createdAt: now,
    createdBy: link.createdBy,
    expiresAt,
  })
  return { id, token, expiresAt }
}

/** The défi a team token opens, or null when the token is unknown, expired or revoked. */
export function verifyTeamToken(db: Db, token: string, now = Date.now()): TeamGrant | null {
  if (!isSecretShaped(token)) return null
  const tokenHash = hashSecret(token)
  const link = findTeamLinkByHash(db, tokenHash)
  // The index finds the row by hash; the constant-time comparison keeps the check itself from leaking timing.
  if (!link || !sameSecret(link.tokenHash, tokenHash)) return null
  if (link.revokedAt !== null || now >= link.expiresAt) return null
  return { linkId: link.id, exhibitionId: link.exhibitionId, defiId: link.defiId }
}

/** The fields of its défi a team may change; the rest (title, administration, status…) is the organisers'. */
export const TEAM_FIELDS = [
  'pitch',
  'description',
  'city',
  'team',
  'mentors',
  'skills',
  'keyFigures',
  'deliverables',
  'media',
  'extras',
] as const

/**
 * True when a team holding `grant` may make this edit: setting one of `TEAM_FIELDS` of its own défi, nothing else
 * (no other défi, no rooms, no status). The team upload flow checks every command with it before applying it.
 */
export function teamMay(grant: TeamGrant, command: Command): boolean {
  return (
    command.type === 'defi.set' &&
    command.defi === grant.defiId &&
    (TEAM_FIELDS as readonly string[]).includes(command.field)
  )
}
