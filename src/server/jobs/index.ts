import type { Db } from '../db/database.ts'
import { createBullQueue } from './bullmq.ts'
import { createEmbeddedQueue, type EmbeddedOptions } from './embedded.ts'
import type { JobQueue } from './queue.ts'

/** The queue configuration says: BullMQ when `REDIS_URL` is set, the embedded queue in the store otherwise. */
export function createJobQueue(db: Db, env: { REDIS_URL?: string | undefined }, opts: EmbeddedOptions = {}): JobQueue {
  return env.REDIS_URL
    ? createBullQueue(env.REDIS_URL, opts.retry ? { retry: opts.retry } : {})
    : createEmbeddedQueue(db, opts)
}
