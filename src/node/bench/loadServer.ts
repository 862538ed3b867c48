// The server under load, in a process of its own so that its memory is measured alone: started by load.ts.
import { createServer } from '../../server/app.ts'

const [galleryDir, mediaDir, distDir] = process.argv.slice(2)
if (!galleryDir || !mediaDir || !distDir) throw new Error('usage: loadServer GALLERY MEDIA DIST')
const app = await createServer({ galleryDir, mediaDir, distDir })
await app.listen({ port: 0, host: '127.0.0.1' })
process.send?.({ port: (app.server.address() as { port: number }).port })
process.on('disconnect', () => void app.close().then(() => process.exit(0)))
