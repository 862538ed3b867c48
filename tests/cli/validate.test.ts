import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listMediaReferences, parseManifestText } from '../../src/manifest/index.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const broken = path.join(root, 'tests/fixtures/broken')
const full = path.join(root, 'tests/fixtures/valid/full.json')

async function validate(files: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', '--', ...files], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

let media: string
beforeAll(async () => {
  media = await mkdtemp(path.join(tmpdir(), 'vernissage-media-'))
  const parsed = parseManifestText(await readFile(full, 'utf8'))
  if (!parsed.ok) throw new Error('full.json must be valid')
  for (const ref of listMediaReferences(parsed.manifest)) {
    if (ref.path.includes('gamma')) continue // gamma is a draft: its media may be missing
    await mkdir(path.dirname(path.join(media, ref.path)), { recursive: true })
    await writeFile(path.join(media, ref.path), 'x')
  }
})
afterAll(() => rm(media, { recursive: true, force: true }))

describe('npm run validate', () => {
  it('exits 0 for a valid manifest whose approved media exist, warning about a draft’s missing media', async () => {
    const { code, stdout } = await validate([full], { MEDIA_DIR: media })
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /full\.json: \$\.defis\[2\]\.media\.mp4: warning: media file not found: .*gamma\/restitution\.mp4/,
      ),
    ])
  })

  it('exits 1 with an error line when an approved défi’s media is missing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'vernissage-empty-'))
    const { code, stdout } = await validate([full], { MEDIA_DIR: empty })
    await rm(empty, { recursive: true })
    expect(code).toBe(1)
    expect(stdout).toMatch(/full\.json: \$\.defis\[0\]\.media\.hls: media file not found/)
    expect(stdout).toMatch(/full\.json: \$\.recordings\[0\]\.media\.hls: media file not found/)
  })

  it('exits 1 for every broken fixture and names the path of its fault', async () => {
    const expected = JSON.parse(await readFile(path.join(broken, 'expected.json'), 'utf8')) as Record<string, string>
    const files = Object.keys(expected).map((f) => path.join(broken, f))
    const { code, stdout, stderr } = await validate(files, { MEDIA_DIR: media })
    expect(code).toBe(1)
    expect(stderr).not.toMatch(/\n\s+at /) // no stack trace
    for (const [file, at] of Object.entries(expected)) {
      const lines = stdout.split('\n').filter((l) => l.startsWith(path.join(broken, file) + ': '))
      expect(
        lines.map((l) => l.split(': ')[1]),
        file,
      ).toContain(at)
    }
    for (const file of Object.keys(expected)) {
      // each file is refused on its own, so each must say at least one thing
      expect(stdout).toContain(path.join(broken, file) + ': $')
    }
  })

  it('gives line and column for malformed JSON, never a stack trace', async () => {
    const { code, stdout, stderr } = await validate([path.join(broken, '26-malformed-json.json')])
    expect(code).toBe(1)
    expect(stdout).toMatch(/26-malformed-json\.json: \$: malformed JSON at line 49, column 9/)
    expect(stderr).not.toMatch(/SyntaxError|\n\s+at /)
  })

  it('refuses a file over 5 MB', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vernissage-big-'))
    const big = path.join(dir, 'big.json')
    await writeFile(big, `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`)
    const { code, stdout } = await validate([big])
    await rm(dir, { recursive: true })
    expect(code).toBe(1)
    expect(stdout).toMatch(/big\.json: \$: file too large: 5242890 bytes/)
  })

  it('warns, without failing, about a link to a host with a single label', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vernissage-host-'))
    const file = path.join(dir, 'host.json')
    const doc = JSON.parse(await readFile(full, 'utf8')) as { defis: { deliverables: { url?: string }[] }[] }
    doc.defis[0]!.deliverables[0]!.url = 'https://scossin/parcoursdesoins'
    await writeFile(file, JSON.stringify(doc))
    const { code, stdout } = await validate([file], { MEDIA_DIR: media })
    await rm(dir, { recursive: true })
    expect(code).toBe(0)
    expect(stdout).toMatch(/host\.json: \$\.defis\[0\]\.deliverables\[0\]\.url: warning: the link leads to "scossin"/)
  })

  it('reports a file that does not exist', async () => {
    const { code, stdout } = await validate(['gallery/nope.json'])
    expect(code).toBe(1)
    expect(stdout).toMatch(/gallery\/nope\.json: \$: file not found/)
  })
})
