import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureBundle } from '../node/bench/bundle.ts'
import { measureCuration } from '../node/bench/curation.ts'
import { measureCurateScreen } from '../node/bench/curateScreen.ts'
import { measureScene } from '../node/bench/scene.ts'
import { measureThreeDBundle } from '../node/bench/threeD.ts'
import { measureTwoD } from '../node/bench/twoD.ts'
import { measureWalking } from '../node/bench/walking.ts'
import { parseManifest } from '../manifest/index.ts'
import { readFile } from 'node:fs/promises'
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
  const eig4 = parseManifest(JSON.parse(await readFile(path.join(root, 'gallery', 'eig4.json'), 'utf8')))
  if (!eig4.ok) throw new Error('gallery/eig4.json does not parse')
  // One room of 17, 90 and 120 stands: its floor, and the walk from its door to its farthest stand.
  const layout = { rooms: measureWalking(eig4.manifest) }
  // The write side: latency of POST …/commands with 20 organisers writing at once.
  process.stderr.write('Measuring the curation commands under 20 concurrent writers.\n')
  const curation = await measureCuration(root)
  // The curation screen: its own chunk's JS, and the time from Publish to the new version served.
  process.stderr.write('Measuring the curation screen and Publish.\n')
  const curateScreen = await measureCurateScreen(root, distDir, bundle)
  // Uploads and transcoding (issue 9): a few minutes of disk and CPU; BENCH_UPLOADS=0 skips them.
  const uploads =
    process.env.BENCH_UPLOADS === '0'
      ? null
      : await measureUploads({ root, say: (line) => process.stderr.write(`${line}\n`) })
  const report = { bundle, twoD: await measureTwoD(distDir, bundle), threeD, layout, curation, curateScreen, uploads }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
