import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, watch } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'esbuild'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createOrganiserAccount } from '../../../src/server/auth/accounts.ts'
import { openDatabase } from '../../../src/server/db/database.ts'
import { tempDir } from '../helpers.ts'
import { PASSWORD, request } from './http.ts'

// 50 times: start the real server in a child process, keep it publishing (three clients changing the draft and
// publishing it as fast as they can), kill -9 it at a random moment, and look at gallery/demo.json. Five lanes of ten
// tries, each its own server, gallery and store, run side by side: starting a server is most of the time it takes.
const TRIES = 50
const LANES = 5
const CLIENTS = 3
const url = '/api/curate/exhibitions/demo'

let dir: string
let remove: () => Promise<void>
let server: string

beforeAll(async () => {
  const temp = await tempDir('kill')
  dir = temp.dir
  remove = temp.remove
  // Our sources bundled once, so that each of the 50 servers starts in a fraction of a second rather than through
  // tsx's loader; the packages are the repository's, through a link.
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir')
  server = path.join(dir, 'publishServer.mjs')
  await build({
    entryPoints: ['tests/server/fixtures/publishServer.ts'],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: server,
    logLevel: 'error',
  })
}, 60_000)
afterAll(() => remove())

type Lane = { galleryDir: string; dataDir: string }

async function lane(k: number): Promise<Lane> {
  const galleryDir = path.join(dir, `gallery-${k}`)
  const dataDir = path.join(dir, `data-${k}`)
  mkdirSync(galleryDir)
  copyFileSync('tests/fixtures/valid/minimal.json', path.join(galleryDir, 'demo.json'))
  const db = openDatabase(dataDir)
  await createOrganiserAccount(db, { kind: 'cli', user: 'test' }, 'kill@example.org', PASSWORD, { N: 1024, r: 8, p: 1 })
  db.close()
  return { galleryDir, dataDir }
}

function start({ galleryDir, dataDir }: Lane): Promise<{ proc: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [server, galleryDir, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.stdout!.once('data', (port: Buffer) => resolve({ proc, base: `http://127.0.0.1:${String(port).trim()}` }))
    proc.once('exit', () => reject(new Error(`the server did not start: ${stderr}`)))
  })
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    proc.removeAllListeners('exit')
    proc.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`ended by ${signal}`))))
    proc.kill('SIGKILL')
  })
}

/** Changes the draft and publishes it, again and again, until the server dies under it. */
async function keepPublishing(
  base: string,
  headers: Record<string, string>,
  id: string,
  acknowledged: (version: number) => void,
) {
  try {
    for (let i = 0; ; i++) {
      const title = `Accueil ${id}-${i}`
      const changed = await request(
        base,
        'POST',
        `${url}/commands`,
        {
          commands: [{ type: 'room.rename', room: 'lobby', title }],
        },
        headers,
      )
      const etag = changed.json<{ etag: string }>().etag
      const published = await request(base, 'POST', `${url}/publish`, undefined, { ...headers, 'if-match': etag })
      if (published.status === 200) acknowledged(published.json<{ version: number }>().version)
    }
  } catch {
    // The server was killed: the connection dropped.
  }
}

/** Resolves a random 0–2 ms after a temporary file appears in `dir` (or after 1 s without one). */
function nextTemporaryFile(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      watcher.close()
      clearTimeout(giveUp)
      setTimeout(resolve, Math.random() * 2)
    }
    const watcher = watch(dir, (_event, name) => {
      if (name?.startsWith('.demo.json.')) done()
    })
    const giveUp = setTimeout(done, 1000)
  })
}

type Tally = { caughtWriting: number; publishes: number }

/** `tries` times on one lane: start the server, keep it publishing, kill it at a random moment, check the file. */
async function killLoop(where: Lane, tries: number, tally: Tally): Promise<void> {
  const file = path.join(where.galleryDir, 'demo.json')
  let headers: Record<string, string> | undefined
  for (let i = 0; i < tries; i++) {
    const { proc, base } = await start(where)
    if (!headers) {
      // Sessions live in the store: one sign-in serves every restart of the server.
      const login = await request(base, 'POST', '/api/auth/login', { email: 'kill@example.org', password: PASSWORD })
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!
      const session = await request(base, 'GET', '/api/auth/session', undefined, { cookie })
      headers = { cookie, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken }
    }
    let acked = 0
    let first: () => void = () => undefined
    const publishing = new Promise<void>((resolve) => (first = resolve))
    const clients = Array.from({ length: CLIENTS }, (_, c) =>
      keepPublishing(base, headers!, `${i}-${c}`, (version) => {
        tally.publishes += 1
        acked = Math.max(acked, version)
        first()
      }),
    )
    await publishing
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 150))
    // Every other try aims: it waits for the server to start its next temporary file, then kills within 2 ms, when
    // the write, its fsync or the rename is under way. The others kill wherever the server happens to be.
    if (i % 2 === 1) await nextTemporaryFile(where.galleryDir)
    await killed(proc)
    await Promise.all(clients)

    const now = readFileSync(file, 'utf8')
    const db = new Database(path.join(where.dataDir, 'vernissage.sqlite'), { readonly: true })
    const found = db.prepare('SELECT MAX(n) AS n FROM versions WHERE body = ?').get(now) as { n: number | null }
    db.close()
    // Whole, and a version the server saved; never older than the last publish it acknowledged (publishes only move on).
    expect(found.n, `try ${i}: gallery/demo.json is neither the old nor a new version`).not.toBeNull()
    expect(found.n!, `try ${i}: an acknowledged publish was lost`).toBeGreaterThanOrEqual(acked)
    // A temporary file left behind means the kill fell between its creation and the rename: mid-publish.
    const leftovers = readdirSync(where.galleryDir).filter((name) => name.startsWith('.'))
    if (leftovers.length > 0) tally.caughtWriting += 1
    for (const name of leftovers) rmSync(path.join(where.galleryDir, name))
  }
}

it('a kill -9 of the server in the middle of publishing leaves gallery/ID.json the old or a new version, byte for byte', async () => {
  const tally: Tally = { caughtWriting: 0, publishes: 0 }
  const lanes = await Promise.all(Array.from({ length: LANES }, (_, k) => lane(k)))
  await Promise.all(lanes.map((where) => killLoop(where, TRIES / LANES, tally)))
  // The kills must really have hit writes in progress.
  expect(tally.caughtWriting, `${tally.caughtWriting} kills of ${TRIES} fell inside a write`).toBeGreaterThanOrEqual(5)
  expect(tally.publishes).toBeGreaterThanOrEqual(TRIES)
}, 180_000)
