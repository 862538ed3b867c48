import { randomBytes } from 'node:crypto'
import type { Db } from '../db/database.ts'
import {
  DEFAULT_RETRY,
  type JobHandlers,
  type JobPayload,
  type JobQueue,
  type JobType,
  type RetryPolicy,
} from './queue.ts'

/** Tuning of the embedded queue; the defaults suit production, tests shorten them. */
export type EmbeddedOptions = {
  retry?: RetryPolicy
  /** How long a taken job stays its worker's without a heartbeat before another may take it. */
  leaseMs?: number
  /** How often an idle worker looks for jobs (enqueue in the same process wakes it at once). */
  pollMs?: number
  /**
   * How many times a job may be taken again after its worker died (its lease expired) before it fails: those runs
   * did not fail, so they do not count against the attempts; a job that kills every worker it meets still stops.
   */
  maxStalls?: number
}

type Row = { id: number; type: JobType; payload: string; attempts: number; stalls: number; max_attempts: number }

/**
 * The embedded queue: jobs are rows of the store's `jobs` table. A worker leases a job (owner and expiry),
 * renews the lease while it runs (heartbeat) and releases it when done; a job whose worker died keeps an
 * expired lease and is taken again. Several processes may share one store; SQLite serialises the leasing.
 */
export function createEmbeddedQueue(db: Db, opts: EmbeddedOptions = {}): JobQueue {
  const retry = opts.retry ?? DEFAULT_RETRY
  const leaseMs = opts.leaseMs ?? 30_000
  const pollMs = opts.pollMs ?? 1000
  const maxStalls = opts.maxStalls ?? 3
  const owner = `${process.pid}-${randomBytes(4).toString('hex')}`
  const running = new Map<number, { abort: AbortController; done: Promise<void> }>()
  let handlers: JobHandlers | null = null
  let concurrency = 1
  let timer: NodeJS.Timeout | undefined
  let closed = false

  const lease = db.prepare(`
    UPDATE jobs SET state = 'running', lease_owner = @owner, lease_until = @now + @leaseMs, attempts = attempts + 1,
      stalls = stalls + (state = 'running'), updated_at = @now
    WHERE id = (
      SELECT id FROM jobs
      WHERE (state = 'queued' AND run_after <= @now)
        OR (state = 'running' AND lease_until < @now AND stalls < @maxStalls)
      ORDER BY run_after, id LIMIT 1
    )
    RETURNING id, type, payload, attempts, stalls, max_attempts`)
  const giveUp = db.prepare(`
    UPDATE jobs SET state = 'failed', error = @error, lease_owner = NULL, lease_until = NULL, updated_at = @now
    WHERE state = 'running' AND lease_until < @now AND stalls >= @maxStalls
    RETURNING type, payload`)
  const heartbeat = db.prepare(
    "UPDATE jobs SET lease_until = ?, updated_at = ? WHERE id = ? AND lease_owner = ? AND state = 'running'",
  )
  const finish = db.prepare(
    'UPDATE jobs SET state = ?, run_after = ?, error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND lease_owner = ?',
  )

  async function runOne(row: Row, abort: AbortController): Promise<void> {
    const handler = handlers![row.type]
    const payload = JSON.parse(row.payload) as JobPayload
    const beat = setInterval(
      () => {
        const now = Date.now()
        // Lost the lease (this process was paused longer than the lease): someone else has the job now.
        if (heartbeat.run(now + leaseMs, now, row.id, owner).changes === 0) abort.abort(new Error('lease lost'))
      },
      Math.max(50, leaseMs / 3),
    )
    try {
      await handler.run({
        jobId: String(row.id),
        payload,
        attempt: row.attempts,
        maxAttempts: row.max_attempts,
        signal: abort.signal,
      })
      finish.run('done', 0, null, Date.now(), row.id, owner)
    } catch (error) {
      // Stopped by close(): the lease is left to expire, so that the job is taken again after a restart.
      if (abort.signal.aborted) return
      const message = error instanceof Error ? error.message : String(error)
      const failures = row.attempts - row.stalls
      const last = failures >= row.max_attempts
      const now = Date.now()
      finish.run(last ? 'failed' : 'queued', now + (last ? 0 : retry.backoffMs(failures)), message, now, row.id, owner)
      if (last) await handler.failed?.(payload, message)
    } finally {
      clearInterval(beat)
    }
  }

  function pump(): void {
    if (closed || !handlers) return
    const error = `its worker stopped ${maxStalls} times while running it`
    for (const dead of giveUp.all({ now: Date.now(), maxStalls, error }) as Pick<Row, 'type' | 'payload'>[]) {
      void Promise.resolve(handlers[dead.type].failed?.(JSON.parse(dead.payload) as JobPayload, error)).catch(
        () => undefined,
      )
    }
    while (running.size < concurrency) {
      const row = lease.get({ owner, now: Date.now(), leaseMs, maxStalls }) as Row | undefined
      if (!row) break
      const abort = new AbortController()
      const done = runOne(row, abort)
        .catch(() => undefined)
        .finally(() => {
          running.delete(row.id)
          pump()
        })
      running.set(row.id, { abort, done })
    }
    clearTimeout(timer)
    timer = setTimeout(pump, pollMs)
  }

  return {
    driver: 'embedded',
    async enqueue(type, payload) {
      const now = Date.now()
      const body = JSON.stringify(payload)
      // One live job per upload: enqueueing again (a restart re-enqueues what it finds transcoding) is a no-op.
      const { id } = db.transaction(() => {
        const live = db
          .prepare("SELECT id FROM jobs WHERE type = ? AND payload = ? AND state IN ('queued', 'running')")
          .get(type, body) as { id: number } | undefined
        if (live) return live
        return db
          .prepare(
            `INSERT INTO jobs (type, payload, state, max_attempts, run_after, created_at, updated_at)
             VALUES (?, ?, 'queued', ?, ?, ?, ?) RETURNING id`,
          )
          .get(type, body, retry.maxAttempts, now, now, now) as { id: number }
      })()
      setImmediate(pump)
      return String(id)
    },
    async work(h, workOpts = {}) {
      handlers = h
      concurrency = workOpts.concurrency ?? 1
      pump()
    },
    async close() {
      closed = true
      clearTimeout(timer)
      for (const job of running.values()) job.abort.abort(new Error('queue closed'))
      await Promise.all([...running.values()].map((job) => job.done))
    },
  }
}

/** The state of one embedded job, for tests and the CLI. */
export function embeddedJob(db: Db, id: string) {
  return db.prepare('SELECT id, type, state, attempts, error FROM jobs WHERE id = ?').get(Number(id)) as
    { id: number; type: JobType; state: string; attempts: number; error: string | null } | undefined
}
