import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// The server under load, in a process of its own so that its memory is measured alone: started by load.ts.
import { createServer } from '../../server/app.ts'

const [galleryDir, mediaDir, distDir] = process.argv.slice(2)
if (!galleryDir || !mediaDir || !distDir) throw new Error('usage: loadServer GALLERY MEDIA DIST')
// A throwaway store: the load bench reads only, but the server always opens one.
const dataDir = mkdtempSync(path.join(tmpdir(), 'vernissage-load-data-'))
const app = await createServer({ galleryDir, mediaDir, distDir, dataDir })
await app.listen({ port: 0, host: '127.0.0.1' })
process.send?.({ port: (app.server.address() as { port: number }).port })
process.on('disconnect', () => void app.close().then(() => process.exit(0)))
