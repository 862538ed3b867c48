import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureBundle } from '../node/bench/bundle.ts'
import { measureCuration } from '../node/bench/curation.ts'
import { measureScene } from '../node/bench/scene.ts'
import { measureThreeDBundle } from '../node/bench/threeD.ts'
import { measureTwoD } from '../node/bench/twoD.ts'
import { measureUploads } from '../node/bench/uploads.ts'
import { ensureBuilt } from '../server/build.ts'

// `npm run bench`: builds the app when dist/ is missing or stale, then prints ONE JSON object on stdout.
// Progress goes to stderr so that `npm run bench --silent > figures.json` stays valid JSON.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const distDir = path.join(root, 'dist')

try {
  const build = await ensureBuilt(root, distDir, (line) => process.stderr.write(`${line}\n`))
  if (build === 'no-entry') throw new Error('no src/index.html to build')
  process.stderr.write(build === 'fresh' ? 'dist/ is up to date; measuring it.\n' : 'Built; measuring dist/.\n')
  const bundle = await measureBundle(distDir)
  const threeD = {
    bundle: await measureThreeDBundle(distDir, bundle),
    // Chromium runs take a minute or two; BENCH_SCENE=0 skips them (bundle figures only).
    scene:
      process.env.BENCH_SCENE === '0'
        ? null
        : await measureScene({ root, distDir, say: (line) => process.stderr.write(`${line}\n`) }),
  }
  // The write side: latency of POST …/commands with 20 organisers writing at once.
  process.stderr.write('Measuring the curation commands under 20 concurrent writers.\n')
  const curation = await measureCuration(root)
  // Uploads and transcoding (issue 9): a few minutes of disk and CPU; BENCH_UPLOADS=0 skips them.
  const uploads =
    process.env.BENCH_UPLOADS === '0'
      ? null
      : await measureUploads({ root, say: (line) => process.stderr.write(`${line}\n`) })
  const report = { bundle, twoD: await measureTwoD(distDir, bundle), threeD, curation, uploads }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
