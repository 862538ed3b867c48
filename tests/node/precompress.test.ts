import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress, PRECOMPRESS_MIN_BYTES, shouldPrecompress } from '../../src/node/precompress.ts'

describe('shouldPrecompress', () => {
  it('takes the text files of a build, large enough to gain', () => {
    for (const file of ['assets/index-a.js', 'assets/x.mjs', 'assets/index-b.css', 'index.html', 'favicon.svg']) {
      expect(shouldPrecompress(file, 50_000)).toBe(true)
    }
    expect(shouldPrecompress('assets/tiny-c.js', PRECOMPRESS_MIN_BYTES - 1)).toBe(false)
  })

  it('leaves what is compressed already: images, fonts, video', () => {
    for (const file of ['screenshots/lobby.png', 'assets/Marianne-Bold.woff2', 'assets/clip.mp4', 'poster.jpg']) {
      expect(shouldPrecompress(file, 50_000)).toBe(false)
    }
  })
})

describe('precompress, the Vite plugin', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'precompress-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('writes a Brotli and a gzip copy beside each large text file, each reading back as the original', async () => {
    const code = `export const stands=${JSON.stringify(Array.from({ length: 300 }, (_, i) => `stand-${i}`))};`
    const bundle = {
      'assets/index-a.js': { type: 'chunk', code },
      'assets/small-b.js': { type: 'chunk', code: 'export{}' },
      'assets/logo-c.png': { type: 'asset', source: new Uint8Array(5000) },
      'index.html': { type: 'asset', source: `<!doctype html>${'<p>Vernissage</p>'.repeat(100)}` },
    }
    // Vite has written the files when its writeBundle hooks run.
    await mkdir(path.join(dir, 'assets'))
    for (const [file, out] of Object.entries(bundle)) {
      await writeFile(path.join(dir, file), 'code' in out ? out.code : out.source)
    }
    const plugin = precompress()
    expect(plugin.apply).toBe('build')
    const writeBundle = plugin.writeBundle as (options: { dir: string }, bundle: unknown) => Promise<void>
    await writeBundle({ dir }, bundle)
    const written = (await readdir(dir, { recursive: true })).map((f) => f.split(path.sep).join('/')).sort()
    const added = written.filter((f) => f !== 'assets' && !(f in bundle))
    expect(added).toEqual(['assets/index-a.js.br', 'assets/index-a.js.gz', 'index.html.br', 'index.html.gz'])
    const br = await readFile(path.join(dir, 'assets/index-a.js.br'))
    const gz = await readFile(path.join(dir, 'assets/index-a.js.gz'))
    expect(brotliDecompressSync(br).toString('utf8')).toBe(code)
    expect(gunzipSync(gz).toString('utf8')).toBe(code)
    expect(br.length).toBeLessThan(code.length / 4)
  })
})
