import path from 'node:path'
import { ensureDemoMedia, type DemoProgress } from '../media/demo.ts'
import { MissingToolError } from '../media/ffmpeg.ts'

const args = process.argv.slice(2).filter((a) => a !== '--')
const unknown = args.filter((a) => a !== '--force' && a !== '--if-ffmpeg')
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}`)
  console.error('usage: npm run media:demo -- [--force] [--if-ffmpeg]   (GALLERY_DIR, MEDIA_DIR set the folders)')
  process.exit(2)
}
const force = args.includes('--force')
const ifFfmpeg = args.includes('--if-ffmpeg')
const galleryDir = path.resolve(process.env.GALLERY_DIR ?? 'gallery')
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? 'media')

const tty = process.stderr.isTTY
let lastDone = -1
function showProgress(p: DemoProgress): void {
  const counter = `[${p.done}/${p.total}]`
  if (tty) {
    const width = 24
    const filled = Math.round(p.fraction * width)
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`
    process.stderr.write(`\r\x1b[K${counter} ${bar} ${Math.floor(p.fraction * 100)}% ${p.label}`)
  } else if (p.done !== lastDone) {
    // Without a terminal, one line per finished set rather than a line per ffmpeg tick.
    process.stderr.write(`${counter} ${p.label}\n`)
  }
  lastDone = p.done
}
const endLine = () => {
  if (tty && lastDone >= 0) process.stderr.write('\n')
}

const controller = new AbortController()
process.once('SIGINT', () => controller.abort(new Error('interrupted / interrompu')))

const started = performance.now()
try {
  const result = await ensureDemoMedia({
    galleryDir,
    mediaDir,
    force,
    signal: controller.signal,
    onProgress: showProgress,
    onProblem: (p) => {
      endLine()
      lastDone = -1
      console.error(`${path.relative(process.cwd(), p.file) || p.file}: warning: ${p.message.en} / ${p.message.fr}`)
    },
  })
  endLine()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const kb = (result.bytes / 1024).toFixed(0)
  const failed = result.failed > 0 ? `, ${result.failed} failed` : ''
  console.error(`demo media: ${result.made} made, ${result.skipped} skipped${failed}, ${kb} KiB in all, ${seconds} s`)
  process.exit(result.failed > 0 ? 1 : 0)
} catch (err) {
  endLine()
  if (err instanceof MissingToolError && ifFfmpeg) {
    console.error(`warning: demo media not made: ${err.bilingual.en}`)
    console.error(`attention : médias de démonstration non produits : ${err.bilingual.fr}`)
    process.exit(0)
  }
  if (err instanceof MissingToolError) {
    console.error(`error: ${err.bilingual.en}\nerreur : ${err.bilingual.fr}`)
  } else console.error(`error: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
