// The real server in a child process, so that a test can kill -9 it: prints `listening <port>` once ready.
import path from 'node:path'
import { createServer } from '../../../src/server/app.ts'
import { queueOptionsFromEnv } from '../../../src/server/jobs/index.ts'

const env = process.env
const app = await createServer({
  galleryDir: env.GALLERY_DIR!,
  mediaDir: env.MEDIA_DIR!,
  dataDir: env.DATA_DIR!,
  distDir: path.join(env.DATA_DIR!, 'no-dist'),
  uploads: { work: env.WORK === '1', ...queueOptionsFromEnv(env), ...(env.REDIS_URL && { redisUrl: env.REDIS_URL }) },
})
await app.listen({ port: Number(env.PORT ?? 0), host: '127.0.0.1' })
const address = app.server.address()
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`)
