import type { FastifyInstance } from 'fastify'
import { verifyTeamToken } from '../auth/teamLinks.ts'
import type { Db } from '../db/database.ts'
import { transcodeHandler } from '../jobs/handlers/transcode.ts'
import { createJobQueue } from '../jobs/index.ts'
import type { JobHandlers, RetryPolicy } from '../jobs/queue.ts'
import { DEFAULT_LIMITS, type UploadLimits } from './limits.ts'
import type { UploadRouteOptions } from './routes.ts'
import { draftSubmitter } from './submit.ts'

/**
 * How the server handles uploads: the limits, and the job queue (BullMQ when `redisUrl` is set, the embedded one
 * otherwise). `work` says whether this process also runs jobs: by default yes with the embedded queue, no with
 * BullMQ (workers elsewhere run them with `npm run worker`).
 */
export type UploadSettings = {
  limits?: Partial<UploadLimits>
  redisUrl?: string
  work?: boolean
  retry?: RetryPolicy
  leaseMs?: number
  pollMs?: number
}

/** Everything a process needs to run jobs: the handler of each job type over the store and the folders. */
export function jobHandlers(opts: { db: Db; dataDir: string; mediaDir: string; galleryDir: string }): JobHandlers {
  return { transcode: transcodeHandler({ ...opts, submit: draftSubmitter(opts.db, opts.galleryDir) }) }
}

/** Builds the upload routes' options (queue started, closed with the server), from the store and the folders. */
export async function uploadContext(
  app: FastifyInstance,
  opts: { db: Db; dataDir: string; mediaDir: string; galleryDir: string; settings?: UploadSettings },
): Promise<UploadRouteOptions> {
  const settings = opts.settings ?? {}
  const queue = createJobQueue(opts.db, settings.redisUrl ? { REDIS_URL: settings.redisUrl } : {}, {
    ...(settings.retry && { retry: settings.retry }),
    ...(settings.leaseMs && { leaseMs: settings.leaseMs }),
    ...(settings.pollMs && { pollMs: settings.pollMs }),
  })
  const work = settings.work ?? queue.driver === 'embedded'
  if (work) app.addHook('onReady', async () => queue.work(jobHandlers(opts)))
  app.addHook('onClose', async () => queue.close())
  return {
    db: opts.db,
    dataDir: opts.dataDir,
    mediaDir: opts.mediaDir,
    limits: { ...DEFAULT_LIMITS, ...settings.limits },
    queue,
    submit: draftSubmitter(opts.db, opts.galleryDir),
    authenticateTeam: (token) => verifyTeamToken(opts.db, token),
  }
}
