import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/server/db/database.ts'
import { call, GALLERY, sessionCookie } from '../server/authHelpers.ts'
import { listen, type Running } from '../server/helpers.ts'

const root = path.resolve(import.meta.dirname, '../..')
const PASSWORD = 'a long enough passphrase'

type Done = { code: number | null; stdout: string; stderr: string }

/** Runs a command-line entry as npm would, with `input` piped to its standard input. */
function run(
  script: string,
  args: string[],
  opts: { input?: string; env?: Record<string, string> } = {},
): Promise<Done> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, ...opts.env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(opts.input ?? '')
  })
}
const organiser = (args: string[], input?: string) => run('src/cli/organiser.ts', args, { input })

let dataDir: string
let server: Running

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'vernissage-cli-data-'))
})
afterAll(async () => {
  await server?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('npm run organiser:*', () => {
  it('adds an account with the password piped on standard input, hashed with scrypt', async () => {
    const added = await organiser(['add', 'alice@example.org'], `${PASSWORD}\n`)
    expect(added.code).toBe(0)
    expect(added.stdout).toContain('alice@example.org')
    expect(added.stdout + added.stderr).not.toContain(PASSWORD)
    const db = openDatabase(dataDir)
    const rows = db.prepare('SELECT email, password_hash FROM organisers').all() as { password_hash: string }[]
    db.close()
    expect(rows).toEqual([
      { email: 'alice@example.org', password_hash: expect.stringMatching(/^scrypt\$131072\$8\$1\$/) },
    ])
    expect(JSON.stringify(rows)).not.toContain(PASSWORD)
  })

  it('refuses a password under 12 characters, a taken email, an invalid one, and a missing email', async () => {
    const short = await organiser(['add', 'bob@example.org'], 'elevenchars\n')
    expect(short.code).toBe(1)
    expect(short.stderr).toContain('at least 12 characters')
    const taken = await organiser(['add', 'ALICE@example.org'], `${PASSWORD}\n`)
    expect(taken.code).toBe(1)
    expect(taken.stderr).toContain('already has an account')
    expect((await organiser(['add', 'not-an-email'], `${PASSWORD}\n`)).code).toBe(1)
    expect((await organiser(['add'], `${PASSWORD}\n`)).stderr).toContain('usage')
    const list = await organiser(['list'])
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(['alice@example.org'])
  })

  it('gives a password the server accepts, and removing the account ends its sessions', async () => {
    server = await listen({ galleryDir: GALLERY, mediaDir: GALLERY, distDir: '/nonexistent/dist', dataDir })
    const login = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'alice@example.org', password: PASSWORD },
    })
    expect(login.status).toBe(204)
    const cookie = sessionCookie(login.headers)
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie } })).status).toBe(200)
    const removed = await organiser(['remove', 'alice@example.org'])
    expect(removed.code).toBe(0)
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie } })).status).toBe(401)
    expect((await organiser(['list'])).stdout).toBe('')
    expect((await organiser(['remove', 'alice@example.org'])).code).toBe(1)
  })
})

/** Runs `organiser:add` on a real terminal (util-linux's `script` gives it one), typing each answer at its prompt. */
function typeAtTerminal(email: string, answers: string[]): Promise<Done> {
  const command = `'${process.execPath}' --import tsx src/cli/organiser.ts add ${email}`
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    })
    let stdout = ''
    const left = [...answers]
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      // Each prompt ends with ': '; answer it as a person would, with Enter.
      if (/: $/.test(stdout) && left.length > 0) child.stdin.write(`${left.shift()}\r`)
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr: '' }))
  })
}

describe('npm run organiser:add at a terminal', () => {
  it.skipIf(!existsSync('/usr/bin/script'))('asks twice without echoing what is typed', async () => {
    const typed = 'typed at a terminal 42'
    const ok = await typeAtTerminal('tty@example.org', [typed, typed])
    expect(ok.stdout).toContain('Password:')
    expect(ok.stdout).toContain('account created: tty@example.org')
    expect(ok.stdout).not.toContain(typed)
    const differ = await typeAtTerminal('tty2@example.org', [typed, 'something else entirely'])
    expect(differ.stdout).toContain('the two entries differ')
    const list = await organiser(['list'])
    expect(list.stdout).toContain('tty@example.org')
    expect(list.stdout).not.toContain('tty2@example.org')
  })
})

describe('npm run team-link', () => {
  it('prints a link under PUBLIC_URL whose token opens the défi', async () => {
    const env = { PUBLIC_URL: 'https://demo.example.org', GALLERY_DIR: GALLERY }
    const made = await run('src/cli/teamLink.ts', ['eig4', 'adex', '--days', '3'], { env })
    expect(made.code).toBe(0)
    const url = made.stdout.trim()
    expect(url).toMatch(/^https:\/\/demo\.example\.org\/upload\/[A-Za-z0-9_-]{43}$/)
    const token = url.split('/').pop()!
    const team = await call(server.base, 'GET', '/api/team', { headers: { authorization: `Bearer ${token}` } })
    expect(team.status).toBe(200)
    expect(team.json()).toMatchObject({ exhibition: { id: 'eig4' }, defi: { id: 'adex' } })
    const missing = await run('src/cli/teamLink.ts', ['eig4', 'no-such-defi'], { env })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('not found')
    expect((await run('src/cli/teamLink.ts', ['eig4', 'adex', '--days', '0'], { env })).code).toBe(1)
  })
})
