import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureLoad } from '../node/bench/load.ts'
import { ensureBuilt } from '../server/build.ts'

// `npm run bench:load`: builds the app when dist/ is missing or stale, loads the real server on loopback, then prints
// ONE JSON object on stdout (progress on stderr). BENCH_ROUND, BENCH_MEMORY_ROUND and BENCH_SOAK set the seconds,
// BENCH_WORKERS autocannon's threads.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback
const say = (line: string) => process.stderr.write(`${line}\n`)

try {
  const distDir = path.join(root, 'dist')
  const build = await ensureBuilt(root, distDir, say)
  if (build === 'no-entry') throw new Error('no src/index.html to build')
  const report = await measureLoad({
    galleryDir: path.resolve(process.env.GALLERY_DIR ?? path.join(root, 'gallery')),
    mediaDir: path.resolve(process.env.MEDIA_DIR ?? path.join(root, 'media')),
    distDir,
    roundSeconds: seconds('BENCH_ROUND', 5),
    memorySeconds: seconds('BENCH_MEMORY_ROUND', 10),
    soakSeconds: seconds('BENCH_SOAK', 60),
    workers: process.env.BENCH_WORKERS ? Number(process.env.BENCH_WORKERS) : undefined,
    say,
  })
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} catch (error) {
  say(`bench:load: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
