import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { takeScreenshots } from '../node/screenshots/takeScreenshots.ts'
import { ensureBuilt } from '../server/build.ts'

// `npm run screenshots`: builds the app when dist/ is stale, then takes the README's pictures into public/screenshots/.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const distDir = path.join(root, 'dist')
const say = (line: string) => process.stderr.write(`${line}\n`)

try {
  const build = await ensureBuilt(root, distDir, say)
  if (build === 'no-entry') throw new Error('no src/index.html to build')
  const files = await takeScreenshots({ root, distDir, out: path.join(root, 'public', 'screenshots'), say })
  process.stdout.write(`${files.map((f) => `public/screenshots/${f}`).join('\n')}\n`)
} catch (error) {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
