// npm run worker: takes transcode jobs from the queue (BullMQ when REDIS_URL is set, the embedded one otherwise),
// on this machine or any other that shares DATA_DIR and MEDIA_DIR with the server.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../server/db/database.ts'
import { createJobQueue } from '../server/jobs/index.ts'
import { jobHandlers } from '../server/uploads/setup.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'))
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(root, 'media'))
const galleryDir = path.resolve(process.env.GALLERY_DIR ?? path.join(root, 'gallery'))
const concurrency = Math.max(1, Number(process.env.WORKER_CONCURRENCY ?? 1) || 1)

async function main(): Promise<void> {
  const db = openDatabase(dataDir)
  const queue = createJobQueue(db, process.env)
  await queue.work(jobHandlers({ db, dataDir, mediaDir, galleryDir }), { concurrency })
  process.stdout.write(`worker ${process.pid} ready (${queue.driver} queue, ${concurrency} at a time)\n`)
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
