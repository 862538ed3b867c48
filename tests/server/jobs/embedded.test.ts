import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { createEmbeddedQueue, embeddedJob } from '../../../src/server/jobs/embedded.ts'
import type { JobContext, JobQueue } from '../../../src/server/jobs/queue.ts'
import { tempDir } from '../helpers.ts'

const fast = { retry: { maxAttempts: 3, backoffMs: (n: number) => 20 * n }, leaseMs: 300, pollMs: 20 }

async function until<T>(read: () => T, ok: (value: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = read()
    if (ok(value)) return value
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('embedded job queue', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>
  let db: Db
  const queues: JobQueue[] = []
  const queue = () => {
    const q = createEmbeddedQueue(db, fast)
    queues.push(q)
    return q
  }
  beforeEach(async () => {
    dir = await tempDir('jobs')
    db = openDatabase(dir.dir)
  })
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()))
    db.close()
    await dir.remove()
  })

  it('runs a job once, with its payload', async () => {
    const q = queue()
    const seen: JobContext[] = []
    await q.work({ transcode: { run: async (ctx) => void seen.push(ctx) } })
    const id = await q.enqueue('transcode', { uploadId: 'u1' })
    // The same upload enqueued again while its job waits or runs: the same job.
    expect(await q.enqueue('transcode', { uploadId: 'u1' })).toBe(id)
    await until(
      () => embeddedJob(db, id)?.state,
      (s) => s === 'done',
    )
    expect(seen.map((c) => [c.payload.uploadId, c.attempt])).toEqual([['u1', 1]])
  })

  it('retries a failing job with backoff, then stores the final reason and tells the handler', async () => {
    const q = queue()
    const times: number[] = []
    const failed: string[] = []
    await q.work({
      transcode: {
        run: async () => {
          times.push(Date.now())
          throw new Error(`échec ${times.length}`)
        },
        failed: (payload, error) => void failed.push(`${payload.uploadId}: ${error}`),
      },
    })
    const id = await q.enqueue('transcode', { uploadId: 'u2' })
    const job = await until(
      () => embeddedJob(db, id),
      (j) => j?.state === 'failed',
    )
    expect(job).toMatchObject({ attempts: 3, error: 'échec 3' })
    expect(failed).toEqual(['u2: échec 3'])
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(40)
  })

  it('takes again a job whose worker died (lease expired), and jobs left queued by a stopped process', async () => {
    const now = Date.now()
    db.prepare(
      `INSERT INTO jobs (type, payload, state, attempts, max_attempts, run_after, lease_owner, lease_until, created_at, updated_at)
       VALUES ('transcode', '{"uploadId":"dead"}', 'running', 1, 3, ?, 'gone-1234', ?, ?, ?)`,
    ).run(now, now - 1, now, now)
    const first = queue()
    const id = await first.enqueue('transcode', { uploadId: 'later' })
    await first.close()
    const seen: string[] = []
    const second = queue()
    await second.work({ transcode: { run: async (ctx) => void seen.push(`${ctx.payload.uploadId}#${ctx.attempt}`) } })
    await until(
      () => embeddedJob(db, id)?.state,
      (s) => s === 'done',
    )
    expect(seen.sort()).toEqual(['dead#2', 'later#1'])
  })

  it('does not count a dead worker against the attempts, but fails a job that outlives 3 workers', async () => {
    const now = Date.now()
    const insert = db.prepare(
      `INSERT INTO jobs (type, payload, state, attempts, stalls, max_attempts, run_after, lease_owner, lease_until, created_at, updated_at)
       VALUES ('transcode', ?, 'running', ?, ?, 3, ?, 'gone-1', ?, ?, ?) RETURNING id`,
    )
    // Two real failures and one dead worker: the next run is not the last, a failure is retried.
    const { id: survivor } = insert.get('{"uploadId":"s"}', 3, 1, now, now - 1, now, now) as { id: number }
    // Three dead workers already: no fourth.
    const { id: killer } = insert.get('{"uploadId":"k"}', 3, 3, now, now - 1, now, now) as { id: number }
    const q = queue()
    const failed: string[] = []
    let runs = 0
    await q.work({
      transcode: {
        run: async (ctx) => {
          runs++
          if (ctx.payload.uploadId === 's' && runs === 1) throw new Error('once')
        },
        failed: (payload, error) => void failed.push(`${payload.uploadId}: ${error}`),
      },
    })
    await until(
      () => embeddedJob(db, String(survivor))?.state,
      (s) => s === 'done',
    )
    expect(embeddedJob(db, String(killer))).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('stopped 3 times'),
    })
    expect(failed).toEqual(['k: its worker stopped 3 times while running it'])
    expect(runs).toBe(2)
  })

  it('keeps a long job its own while the heartbeat renews the lease, one job at a time', async () => {
    const a = queue()
    const b = queue()
    let running = 0
    let most = 0
    const runs: string[] = []
    const handler = {
      run: async (ctx: JobContext) => {
        running++
        most = Math.max(most, running)
        runs.push(ctx.payload.uploadId)
        await new Promise((r) => setTimeout(r, 700))
        running--
      },
    }
    const ids = [await a.enqueue('transcode', { uploadId: 'x' }), await a.enqueue('transcode', { uploadId: 'y' })]
    await a.work({ transcode: handler })
    await b.work({ transcode: handler })
    await until(
      () => ids.map((id) => embeddedJob(db, id)?.state),
      (s) => s.every((x) => x === 'done'),
    )
    // 700 ms is more than two leases of 300 ms: without the heartbeat the other queue would run each job again.
    expect(runs.sort()).toEqual(['x', 'y'])
    expect(ids.map((id) => embeddedJob(db, id)?.attempts)).toEqual([1, 1])
    expect(most).toBe(2)
  })
})
