import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'esbuild'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { tempDir } from '../helpers.ts'

const TRIES = 50
let dir: string
let remove: () => Promise<void>
let child: string

beforeAll(async () => {
  const temp = await tempDir('kill')
  dir = temp.dir
  remove = temp.remove
  // Bundled once, so that each of the 50 children starts in a fraction of a second rather than through tsx's loader.
  const require = createRequire(import.meta.url)
  child = path.join(dir, 'publishLoop.mjs')
  await build({
    entryPoints: ['tests/server/fixtures/publishLoop.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'error',
    plugins: [
      {
        name: 'native-addon',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: require.resolve('better-sqlite3'),
            external: true,
          }))
        },
      },
    ],
  })
})
afterAll(() => remove())

/** Starts the publishing child, waits until it publishes, lets it run a random while, then kills it with SIGKILL. */
function publishThenKill(dataDir: string, galleryDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, galleryDir, 'demo'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), Math.random() * 120))
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed: ${stderr}`)),
    )
  })
}

it('a kill -9 in the middle of publishing leaves the old or a new version of gallery/ID.json, byte for byte', async () => {
  const galleryDir = path.join(dir, 'gallery')
  const dataDir = path.join(dir, 'data')
  mkdirSync(galleryDir)
  const file = path.join(galleryDir, 'demo.json')
  copyFileSync('tests/fixtures/valid/minimal.json', file)
  const original = readFileSync(file, 'utf8')
  let caughtWriting = 0
  const seen = new Set<string>()
  for (let i = 0; i < TRIES; i++) {
    await publishThenKill(dataDir, galleryDir)
    const now = readFileSync(file, 'utf8')
    const db = new Database(path.join(dataDir, 'vernissage.sqlite'), { readonly: true })
    const versions = new Set((db.prepare('SELECT body FROM versions').all() as { body: string }[]).map((v) => v.body))
    db.close()
    expect(
      now === original || versions.has(now),
      `try ${i}: gallery/demo.json is neither the old nor a new version`,
    ).toBe(true)
    seen.add(now)
    // A temporary file left behind means the kill fell between its creation and the rename: mid-publish.
    const leftovers = readdirSync(galleryDir).filter((name) => name.startsWith('.'))
    if (leftovers.length > 0) caughtWriting += 1
    for (const name of leftovers) rmSync(path.join(galleryDir, name))
  }
  // The kills must really have hit writes in progress, and the publishes must have moved the file along.
  expect(caughtWriting).toBeGreaterThanOrEqual(5)
  expect(seen.size).toBeGreaterThan(TRIES / 2)
})
