/** The kinds of job the workers run; each has one handler file under `handlers/`. */
export type JobType = 'transcode'

/** What a job carries: ids only. Its handler reloads what it needs, so a retried job sees the latest state. */
export type JobPayload = { uploadId: string }

/** What a handler is given for one attempt of a job. */
export type JobContext = {
  jobId: string
  payload: JobPayload
  /** 1 for the first run, then 2, 3… */
  attempt: number
  maxAttempts: number
  /** Aborted when the worker stops or loses the job's lease: the handler stops and leaves nothing behind. */
  signal: AbortSignal
}

/** One job type's code: `run` does one attempt (throws to fail it); `failed` is told when no attempt is left. */
export type JobHandler = {
  run(ctx: JobContext): Promise<void>
  failed?(payload: JobPayload, error: string): Promise<void> | void
}

/** The handler of every job type. */
export type JobHandlers = Record<JobType, JobHandler>

/** How a queue retries: attempts in all, and the wait before attempt n+1 after attempt n failed. */
export type RetryPolicy = { maxAttempts: number; backoffMs: (attempt: number) => number }

/** Three attempts, 5 s then 20 s apart. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, backoffMs: (attempt) => 5000 * 4 ** (attempt - 1) }

/**
 * A job queue: the embedded one (the SQLite store, no extra service) or BullMQ on Redis, chosen by configuration.
 * `enqueue` may be called by the server; `work` by whichever process runs jobs (the server itself, or workers).
 */
export type JobQueue = {
  readonly driver: 'embedded' | 'bullmq'
  /** Adds a job, unless one for the same upload is already waiting or running (then its id is returned). */
  enqueue(type: JobType, payload: JobPayload): Promise<string>
  /** Starts taking jobs, `concurrency` at a time (1 by default); resolves once the worker is ready. */
  work(handlers: JobHandlers, opts?: { concurrency?: number }): Promise<void>
  /** Stops taking jobs, aborts those running (they will be taken again), and closes connections. */
  close(): Promise<void>
}
