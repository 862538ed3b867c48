import { Queue, Worker, type ConnectionOptions } from 'bullmq'
import {
  DEFAULT_RETRY,
  type JobHandlers,
  type JobPayload,
  type JobQueue,
  type JobType,
  type RetryPolicy,
} from './queue.ts'

/** The BullMQ queue's name in Redis. */
export const QUEUE_NAME = 'vernissage-media'

function connection(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl)
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password && { password: decodeURIComponent(url.password) }),
    ...(url.username && { username: decodeURIComponent(url.username) }),
    ...(url.pathname.length > 1 && { db: Number(url.pathname.slice(1)) }),
    // BullMQ's workers block on Redis; ioredis must not give up on such commands.
    maxRetriesPerRequest: null,
  }
}

/**
 * The queue on Redis, for when transcoding outgrows one machine: the server enqueues, `npm run worker` on any
 * machine takes jobs. BullMQ holds a lock per running job and moves a job whose worker stopped renewing it
 * (died) back to the waiting list; attempts and backoff are BullMQ's own.
 */
export function createBullQueue(redisUrl: string, opts: { retry?: RetryPolicy; lockMs?: number } = {}): JobQueue {
  const retry = opts.retry ?? DEFAULT_RETRY
  const conn = connection(redisUrl)
  const queue = new Queue<JobPayload, void, JobType>(QUEUE_NAME, { connection: conn })
  const workers: Worker<JobPayload, void, JobType>[] = []
  return {
    driver: 'bullmq',
    async enqueue(type, payload) {
      const job = await queue.add(type, payload, {
        // One job per upload: BullMQ ignores an add whose id it already holds (a restart re-enqueues what it finds).
        jobId: `${type}-${payload.uploadId}`,
        attempts: retry.maxAttempts,
        backoff: { type: 'custom' },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      })
      return job.id ?? ''
    },
    async work(handlers: JobHandlers, workOpts = {}) {
      const worker = new Worker<JobPayload, void, JobType>(
        QUEUE_NAME,
        async (job, _token, signal) => {
          await handlers[job.name].run({
            jobId: job.id ?? '',
            payload: job.data,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            signal: signal ?? new AbortController().signal,
          })
        },
        {
          connection: conn,
          concurrency: workOpts.concurrency ?? 1,
          lockDuration: opts.lockMs ?? 30_000,
          settings: { backoffStrategy: (attemptsMade: number) => retry.backoffMs(attemptsMade) },
        },
      )
      worker.on('failed', (job, error) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
          void Promise.resolve(handlers[job.name].failed?.(job.data, error.message)).catch(() => undefined)
        }
      })
      // A Redis hiccup is logged by the caller's handler, never thrown out of the event emitter.
      worker.on('error', () => undefined)
      workers.push(worker)
      await worker.waitUntilReady()
    },
    async close() {
      await Promise.all(workers.map((w) => w.close(true)))
      await queue.close()
    },
  }
}
