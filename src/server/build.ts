import { spawn } from 'node:child_process'
import { access, readdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * What the client bundle is made from, relative to the repository root: the app, and the Vite plugins under src/node
 * that shape what the build writes (which DSFR parts go in, the compressed copies).
 */
export const APP_SOURCES = [
  'src',
  'public',
  'vite.config.ts',
  'package-lock.json',
  'src/node/dsfrTrim.ts',
  'src/node/precompress.ts',
] as const

// Server-side code never ends up in the bundle, and src/node_modules holds Vite's cache: neither calls for a rebuild.
const NOT_BUNDLED = new Set(['src/server', 'src/cli', 'src/node', 'src/media', 'src/node_modules'])

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

/** The newest file under `entry` (a file or a folder), skipping dotfiles and folders outside the bundle. */
async function newest(root: string, entry: string): Promise<{ file: string; mtimeMs: number } | null> {
  const full = path.join(root, entry)
  const info = await stat(full).catch(() => null)
  if (!info) return null
  if (!info.isDirectory()) return { file: entry, mtimeMs: info.mtimeMs }
  if (NOT_BUNDLED.has(entry.split(path.sep).join('/'))) return null
  const names = await readdir(full).catch(() => [] as string[])
  const found = await Promise.all(names.filter((n) => !n.startsWith('.')).map((n) => newest(root, path.join(entry, n))))
  return found.reduce<{ file: string; mtimeMs: number } | null>(
    (a, b) => (b && (!a || b.mtimeMs > a.mtimeMs) ? b : a),
    null,
  )
}

/**
 * Why the app must be (re)built, or null when `distDir/index.html` is newer than every source of the bundle.
 * `root` is the repository root.
 */
export async function buildReason(root: string, distDir: string): Promise<string | null> {
  const built = await stat(path.join(distDir, 'index.html')).catch(() => null)
  if (!built) return `${path.relative(root, distDir) || distDir}/index.html does not exist`
  for (const entry of APP_SOURCES) {
    const found = await newest(root, entry)
    if (found && found.mtimeMs > built.mtimeMs) return `${found.file} is newer than the build`
  }
  return null
}

/** True when the repository has an HTML entry for Vite to build (the app may not have landed yet). */
export async function canBuild(root: string): Promise<boolean> {
  return (await exists(path.join(root, 'src', 'index.html'))) || exists(path.join(root, 'index.html'))
}

/**
 * Runs `vite build` in `root`, in a child process so that its memory goes away with it, passing each line
 * of its output to `onProgress`. Rejects when the build fails.
 */
export function buildApp(root: string, onProgress: (line: string) => void = () => {}): Promise<void> {
  const require = createRequire(path.join(root, 'package.json'))
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js')
  return new Promise((resolve, reject) => {
    // A build started from a test runner inherits NODE_ENV=test, which gives React's development build: twice the
    // size and slower. What the server serves is always the production build.
    const env = { ...process.env, NODE_ENV: 'production' }
    const child = spawn(process.execPath, [vite, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let tail = ''
    const forward = (chunk: Buffer) => {
      const lines = (tail + chunk.toString('utf8')).split('\n')
      tail = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) onProgress(line)
    }
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    child.on('error', reject)
    child.on('close', (code) => {
      if (tail.trim()) onProgress(tail)
      if (code === 0) resolve()
      else reject(new Error(`vite build failed (exit code ${code})`))
    })
  })
}

/** Builds the app when it is missing or stale; returns what happened, for the caller to print. */
export async function ensureBuilt(
  root: string,
  distDir: string,
  onProgress: (line: string) => void = () => {},
): Promise<'fresh' | 'built' | 'no-entry'> {
  const reason = await buildReason(root, distDir)
  if (reason === null) return 'fresh'
  if (!(await canBuild(root))) return 'no-entry'
  onProgress(`Building the app: ${reason}`)
  await buildApp(root, onProgress)
  return 'built'
}
