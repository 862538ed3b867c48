import { execFile } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Runs `npm start`'s entry as npm would, with `env` added, and returns how it ended. */
function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const began = Date.now()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'src/cli/start.ts')],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        resolve({ code, stdout, stderr, ms: Date.now() - began })
      },
    )
  })
}

let busy: ReturnType<typeof createServer>
let busyPort: number

beforeAll(async () => {
  busy = createServer()
  await new Promise<void>((resolve) => busy.listen({ port: 0, host: '127.0.0.1' }, resolve))
  busyPort = (busy.address() as { port: number }).port
})

afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())))

describe('npm start with wrong settings', () => {
  it.each([
    [
      'a GALLERY_DIR that does not exist',
      { GALLERY_DIR: '/nonexistent/gallery' },
      /GALLERY_DIR \/nonexistent\/gallery does not exist/,
    ],
    [
      'a MEDIA_DIR that is a file',
      { MEDIA_DIR: path.join(ROOT, 'package.json') },
      /MEDIA_DIR .*package\.json is not a folder/,
    ],
    ['a PORT that is no number', { PORT: 'http' }, /PORT "http" is not a port number/],
    ['a PORT out of range', { PORT: '70000' }, /PORT "70000" is not a port number/],
    ['a PUBLIC_URL with a path', { PUBLIC_URL: 'https://example.org/expo' }, /PUBLIC_URL .* without a path/],
  ])('stops at once on %s: one line on stderr, exit code 1', async (_what, env, line) => {
    const run = await start({ PORT: '0', ...env })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^vernissage cannot start: /)
    expect(run.stderr).toMatch(line)
  })

  it('stops on a port in use before building or checking the media', async () => {
    const run = await start({ PORT: String(busyPort), HOST: '127.0.0.1' })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `vernissage cannot start: port ${busyPort} is already in use on 127.0.0.1 (set PORT to another one)`,
    ])
  })
})
