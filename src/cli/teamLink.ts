// npm run team-link -- EXHIBITION DEFI [--days 30]: prints the link a défi's team opens to send its media.
import { parseArgs } from 'node:util'
import { findTeamDefi } from '../server/auth/teamDefi.ts'
import { teamLinkUrl } from '../server/auth/teamLinkRoutes.ts'
import { createTeamLink, TEAM_LINK_DAYS } from '../server/auth/teamLinks.ts'
import { recordAudit } from '../server/db/audit.ts'
import { openDatabase } from '../server/db/database.ts'
import { cliUser, dataDir, galleryDir } from './env.ts'

const USAGE = `usage: npm run team-link -- EXHIBITION DEFI [--days ${TEAM_LINK_DAYS.default}]   (1 to ${TEAM_LINK_DAYS.max} days)`

function fail(line: string): never {
  process.stderr.write(`${line}\n`)
  process.exit(1)
}

/** Where the server is reached from outside: `PUBLIC_URL`, or the address `npm start` listens on. */
function publicBase(): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL
  const host = process.env.HOST ?? '127.0.0.1'
  return `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT ?? 8080}`
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { days: { type: 'string' } }, allowPositionals: true })
  const [exhibitionId, defiId] = positionals
  const days = Number(values.days ?? TEAM_LINK_DAYS.default)
  if (positionals.length !== 2 || !Number.isInteger(days) || days < 1 || days > TEAM_LINK_DAYS.max) fail(USAGE)
  const db = openDatabase(dataDir())
  try {
    if (!findTeamDefi(db, galleryDir(), exhibitionId!, defiId!)) {
      fail(`exposition ou défi introuvable / exhibition or défi not found: ${exhibitionId!} ${defiId!}`)
    }
    const actor = { kind: 'cli' as const, user: cliUser() }
    const link = createTeamLink(db, {
      exhibitionId: exhibitionId!,
      defiId: defiId!,
      days,
      createdBy: `command line (${actor.user})`,
    })
    const expiresAt = new Date(link.expiresAt).toISOString()
    recordAudit(db, actor, exhibitionId!, 'team-link.create', { link: link.id, defi: defiId, expiresAt })
    process.stderr.write(`lien n° ${link.id}, valable jusqu'au / valid until ${expiresAt} :\n`)
    process.stdout.write(`${teamLinkUrl(publicBase(), link.token)}\n`)
  } finally {
    db.close()
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
