// npm run worker: takes transcode jobs from the queue (BullMQ when REDIS_URL is set, the embedded one otherwise),
// on this machine or any other that shares DATA_DIR and MEDIA_DIR with the server.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../server/db/database.ts'
import { createJobQueue, queueOptionsFromEnv } from '../server/jobs/index.ts'
import type { JobHandlers } from '../server/jobs/queue.ts'
import { jobHandlers } from '../server/uploads/setup.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'))
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(root, 'media'))
const galleryDir = path.resolve(process.env.GALLERY_DIR ?? path.join(root, 'gallery'))
const concurrency = Math.max(1, Number(process.env.WORKER_CONCURRENCY ?? 1) || 1)

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function main(): Promise<void> {
  const db = openDatabase(dataDir)
  const queue = createJobQueue(db, process.env, queueOptionsFromEnv(process.env))
  const handlers = jobHandlers({ db, dataDir, mediaDir, galleryDir })
  // One line per attempt, so that whoever runs workers sees which machine ran what.
  const logged = Object.fromEntries(
    Object.entries(handlers).map(([type, handler]) => [
      type,
      {
        ...handler,
        run: async (ctx: Parameters<typeof handler.run>[0]) => {
          say(`job ${ctx.jobId} ${type} upload=${ctx.payload.uploadId} attempt=${ctx.attempt}`)
          await handler.run(ctx)
          say(`job ${ctx.jobId} done`)
        },
      },
    ]),
  ) as JobHandlers
  await queue.work(logged, { concurrency })
  say(`worker ${process.pid} ready (${queue.driver} queue, ${concurrency} at a time)`)
  let closing = false
  const stop = () => {
    if (closing) process.exit(1)
    closing = true
    queue.close().then(
      () => {
        db.close()
        process.exit(0)
      },
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
