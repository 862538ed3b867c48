// npm start: builds the app if needed, makes sure the demo media exist, then serves everything.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from '../server/app.ts'
import { queueOptionsFromEnv } from '../server/jobs/index.ts'
import { limitsFromEnv } from '../server/uploads/limits.ts'
import { prepare } from '../server/prepare.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const galleryDir = path.resolve(process.env.GALLERY_DIR ?? path.join(root, 'gallery'))
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(root, 'media'))
const distDir = path.join(root, 'dist')
// The store (accounts, sessions, drafts, audit…): created at first start, git-ignored.
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'))
const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 8080)

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function main(): Promise<void> {
  await prepare({ root, galleryDir, mediaDir, distDir, say })
  const uploads = {
    limits: limitsFromEnv(process.env),
    ...queueOptionsFromEnv(process.env),
    ...(process.env.REDIS_URL && { redisUrl: process.env.REDIS_URL }),
  }
  const app = await createServer({
    galleryDir,
    mediaDir,
    distDir,
    dataDir,
    logger: true,
    trustProxy: process.env.TRUST_PROXY,
    uploads,
  })
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) process.exit(1)
    closing = true
    say(`${signal} received, closing (press Ctrl+C again to force)…`)
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  await app.listen({ host, port })
  say(`Vernissage is open at http://${host.includes(':') ? `[${host}]` : host}:${port}/`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
