import { readdir } from 'node:fs/promises'
import path from 'node:path'
import Fastify from 'fastify'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { getUpload, type UploadRow } from '../../../src/server/db/uploads.ts'
import { createEmbeddedQueue } from '../../../src/server/jobs/embedded.ts'
import type { JobQueue } from '../../../src/server/jobs/queue.ts'
import { DEFAULT_LIMITS, type UploadLimits } from '../../../src/server/uploads/limits.ts'
import type { Submission, SubmitMedia } from '../../../src/server/uploads/media.ts'
import { registerUploadRoutes, type TeamGrant } from '../../../src/server/uploads/routes.ts'

/** Every file under `dir`, relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/** Polls an upload until `ok` says its state is reached. */
export async function waitForUpload(db: Db, id: string, ok: (row: UploadRow) => boolean, ms = 20_000) {
  const end = Date.now() + ms
  for (;;) {
    const row = getUpload(db, id)
    if (row && ok(row)) return row
    if (Date.now() > end) throw new Error(`upload ${id} stuck in ${row?.state}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** A server with the upload routes on a free loopback port, over a fresh store in `dataDir`. */
export async function uploadServer(opts: {
  dataDir: string
  mediaDir: string
  teams: Map<string, TeamGrant>
  limits?: Partial<UploadLimits>
  queue?: (db: Db) => JobQueue
}) {
  const db = openDatabase(opts.dataDir)
  const submissions: Submission[] = []
  const submit: SubmitMedia = async (s) => {
    submissions.push(s)
    return { ok: true }
  }
  const queue = opts.queue?.(db) ?? createEmbeddedQueue(db)
  const app = Fastify()
  await registerUploadRoutes(app, {
    db,
    dataDir: opts.dataDir,
    mediaDir: opts.mediaDir,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    queue,
    submit,
    authenticateTeam: (token) => opts.teams.get(token) ?? null,
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return {
    base: `http://127.0.0.1:${address.port}`,
    db,
    queue,
    submissions,
    async close() {
      await app.close()
      await queue.close()
      db.close()
    },
  }
}
