// npm start: builds the app if needed, makes sure the demo media exist, then serves everything.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from '../server/app.ts'
import { ensureBuilt } from '../server/build.ts'

type EnsureDemoMedia = (opts: {
  galleryDir: string
  mediaDir: string
  onProgress: (event: unknown) => void
}) => Promise<unknown>

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const galleryDir = path.resolve(process.env.GALLERY_DIR ?? path.join(root, 'gallery'))
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(root, 'media'))
const distDir = path.join(root, 'dist')
const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 8080)

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

function describe(event: unknown): string {
  if (typeof event === 'string') return event
  if (typeof event === 'object' && event !== null && 'message' in event) return String(event.message)
  return JSON.stringify(event)
}

async function demoMedia(): Promise<void> {
  // Loaded by a computed name: the demo media module is optional, and the server must start without it.
  const specifier = new URL('../media/demo.ts', import.meta.url).href
  let ensureDemoMedia: EnsureDemoMedia | undefined
  try {
    const mod = (await import(specifier)) as { ensureDemoMedia?: EnsureDemoMedia }
    ensureDemoMedia = mod.ensureDemoMedia
  } catch (error) {
    say(`Demo media skipped: src/media/demo.ts could not be loaded (${String(error)}).`)
    return
  }
  if (typeof ensureDemoMedia !== 'function') {
    say('Demo media skipped: src/media/demo.ts has no ensureDemoMedia().')
    return
  }
  say('Checking the demo media…')
  try {
    await ensureDemoMedia({ galleryDir, mediaDir, onProgress: (event) => say(`  ${describe(event)}`) })
  } catch (error) {
    // Without videos the exhibition still opens (posters, texts, the 2D views): warn and carry on.
    say(`Demo media could not be made: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function main(): Promise<void> {
  const built = await ensureBuilt(root, distDir, (line) => say(`  ${line}`))
  if (built === 'no-entry') say('The app has no src/index.html yet: serving the API and media only.')
  await demoMedia()
  const app = await createServer({ galleryDir, mediaDir, distDir, logger: true })
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
