import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTeamLink } from '../../../src/server/auth/teamLinks.ts'
import { getDraft } from '../../../src/server/curate/drafts.ts'
import type { Db } from '../../../src/server/db/database.ts'
import { revokeTeamLink } from '../../../src/server/db/teamLinks.ts'
import { getUpload, type UploadRow } from '../../../src/server/db/uploads.ts'
import type { UploadSettings } from '../../../src/server/uploads/setup.ts'
import { listen } from '../helpers.ts'

/** The repository's gallery: drafts are opened from it, and never written back (nothing is published here). */
export const GALLERY = fileURLToPath(new URL('../../../gallery', import.meta.url))

/** Every file under `dir`, relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/** Polls an upload until `ok` says its state is reached. */
export async function waitForUpload(db: Db, id: string, ok: (row: UploadRow) => boolean, ms = 30_000) {
  const end = Date.now() + ms
  for (;;) {
    const row = getUpload(db, id)
    if (row && ok(row)) return row
    if (Date.now() > end) throw new Error(`upload ${id} stuck in ${row?.state} (${JSON.stringify(row?.reason)})`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const DAY = 24 * 3600_000

/** The real server (createServer) on a free loopback port, over a store in `dataDir`, with real team links. */
export async function uploadServer(opts: { dataDir: string; mediaDir: string; uploads?: UploadSettings }) {
  const server = await listen({
    galleryDir: GALLERY,
    mediaDir: opts.mediaDir,
    distDir: path.join(opts.dataDir, 'no-dist'),
    dataDir: opts.dataDir,
    ...(opts.uploads && { uploads: opts.uploads }),
  })
  const db = server.app.db
  return {
    ...server,
    db,
    /** A team link for a défi of eig4; `ageDays` makes it that old (an expired one when over `days`). */
    link(defiId: string, o: { days?: number; ageDays?: number } = {}) {
      const now = Date.now() - (o.ageDays ?? 0) * DAY
      return createTeamLink(db, { exhibitionId: 'eig4', defiId, days: o.days ?? 30, createdBy: 'test' }, now)
    },
    revoke(id: number) {
      revokeTeamLink(db, id, Date.now())
    },
    /** A défi as the draft of eig4 now holds it. */
    draftDefi(defiId: string) {
      const draft = getDraft(db, GALLERY, 'eig4')!
      const doc = JSON.parse(draft.body) as { defis: ({ id: string } & Record<string, unknown>)[] }
      return doc.defis.find((d) => d.id === defiId)!
    },
  }
}
