// The server `npm run bench` uploads to, in a process of its own so that its memory is measured alone.
// Prints `listening <port>`; reads its folders from the environment.
import path from 'node:path'
import { createServer } from '../../server/app.ts'
import { limitsFromEnv } from '../../server/uploads/limits.ts'

const env = process.env
const app = await createServer({
  galleryDir: env.GALLERY_DIR!,
  mediaDir: env.MEDIA_DIR!,
  dataDir: env.DATA_DIR!,
  distDir: path.join(env.DATA_DIR!, 'no-dist'),
  uploads: { limits: limitsFromEnv(env), work: false },
})
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`)
