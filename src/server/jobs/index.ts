import type { Db } from '../db/database.ts'
import { createBullQueue } from './bullmq.ts'
import { createEmbeddedQueue, type EmbeddedOptions } from './embedded.ts'
import type { JobQueue } from './queue.ts'

/** Queue tuning from the environment: `JOB_BACKOFF_MS` (first retry's wait, ×4 each time), `JOB_LEASE_MS`. */
export function queueOptionsFromEnv(env: Record<string, string | undefined>): EmbeddedOptions {
  const backoff = Number(env.JOB_BACKOFF_MS)
  const lease = Number(env.JOB_LEASE_MS)
  return {
    ...(backoff > 0 && { retry: { maxAttempts: 3, backoffMs: (attempt: number) => backoff * 4 ** (attempt - 1) } }),
    ...(lease > 0 && { leaseMs: lease, pollMs: Math.min(1000, lease / 3) }),
  }
}

/** The queue configuration says: BullMQ when `REDIS_URL` is set, the embedded queue in the store otherwise. */
export function createJobQueue(db: Db, env: { REDIS_URL?: string | undefined }, opts: EmbeddedOptions = {}): JobQueue {
  return env.REDIS_URL
    ? createBullQueue(env.REDIS_URL, {
        ...(opts.retry && { retry: opts.retry }),
        ...(opts.leaseMs && { lockMs: opts.leaseMs }),
      })
    : createEmbeddedQueue(db, opts)
}
