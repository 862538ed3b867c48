import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import { measureBundle } from '../../src/node/bench/bundle.ts'
import { containsThree, measureTwoD, TWO_D_JS_BUDGET_GZIP } from '../../src/node/bench/twoD.ts'
import { ROOT, startHarness, type Harness } from './harness.ts'
import { fetchManifest, open, twoDPages } from './pages.ts'

let h: Harness
let manifest: Manifest

beforeAll(async () => {
  h = await startHarness()
  manifest = await fetchManifest(h, 'eig4')
})

afterAll(async () => {
  await h?.close()
})

describe('a light 2D twin', () => {
  it('needs at most 120 KB of gzipped JavaScript for its first page, without three.js', async () => {
    const dist = path.join(ROOT, 'dist')
    const twoD = await measureTwoD(dist, await measureBundle(dist))
    expect(twoD.threeJsFiles).toEqual([])
    expect(twoD.initialJsGzip).toBeGreaterThan(0)
    expect(twoD.initialJsGzip).toBeLessThanOrEqual(TWO_D_JS_BUDGET_GZIP)
  })

  it('never downloads three.js while visiting the 2D pages', async () => {
    const page = await h.newPage()
    const scripts = new Map<string, Buffer>()
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        void res.body().then(
          (body) => scripts.set(res.url(), body),
          () => {},
        )
    })
    try {
      for (const target of twoDPages(manifest, 'fr')) await open(page, h, target, 'fr')
    } finally {
      await page.close()
    }
    expect(scripts.size).toBeGreaterThan(0)
    const withThree = [...scripts].filter(([, body]) => containsThree(body.toString('utf8'))).map(([url]) => url)
    expect(withThree).toEqual([])
    const gzip = [...scripts.values()].reduce((total, body) => total + gzipSync(body, { level: 9 }).length, 0)
    // Printed for the record: everything the five pages downloaded, lazy chunks (DSFR's script, the booklet) included.
    console.log(`2D pages downloaded ${scripts.size} scripts, ${gzip} bytes gzipped`)
  })
})
