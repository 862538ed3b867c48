import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.join(import.meta.dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')

type Run = { code: number; stderr: string }

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, 'src/cli/demoMedia.ts', ...args], { cwd: ROOT, env }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stderr })
    })
  })
}

let gallery: string
let media: string
let noTools: string

beforeAll(async () => {
  gallery = await mkdtemp(path.join(tmpdir(), 'vernissage-gallery-'))
  media = await mkdtemp(path.join(tmpdir(), 'vernissage-media-'))
  noTools = await mkdtemp(path.join(tmpdir(), 'vernissage-empty-path-'))
  await copyFile(path.join(ROOT, 'tests/fixtures/valid/minimal.json'), path.join(gallery, 'minimal.json'))
})

afterAll(async () => {
  for (const dir of [gallery, media, noTools]) await rm(dir, { recursive: true, force: true })
})

describe('npm run media:demo', () => {
  // An empty PATH is a machine without ffmpeg; node itself is started by its full path.
  const withoutFfmpeg = () => ({ PATH: noTools, GALLERY_DIR: gallery, MEDIA_DIR: media })

  it('warns and succeeds with --if-ffmpeg when ffmpeg is not installed, as the install step needs', async () => {
    const run = await cli(['--if-ffmpeg'], withoutFfmpeg())
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("warning: demo media not made: ffmpeg was not found: install Debian's ffmpeg package")
    expect(run.stderr).toContain('ffmpeg est introuvable')
  })

  it('fails with a message in both languages when ffmpeg is not installed', async () => {
    const run = await cli([], withoutFfmpeg())
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('error: ffmpeg was not found')
    expect(run.stderr).toContain('erreur : ffmpeg est introuvable : installez le paquet Debian ffmpeg')
  })

  it('shows progress and a summary, then skips what is up to date', async () => {
    const env = { PATH: process.env.PATH ?? '', GALLERY_DIR: gallery, MEDIA_DIR: media }
    const first = await cli([], env)
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('[1/1] demo/adex')
    expect(first.stderr).toMatch(/demo media: 1 made, 0 skipped, \d+ KiB in all, [\d.]+ s/)
    const second = await cli([], env)
    expect(second.stderr).toMatch(/demo media: 0 made, 1 skipped/)
  })
})
