import { gzipSync } from 'node:zlib'
import path from 'node:path'
import type { Page } from 'playwright-core'
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

/** The scripts a page downloads, by path under /assets, with their bodies; `encodings` gets how each travelled. */
function recordScripts(page: Page, encodings = new Map<string, string>()): Map<string, Buffer> {
  const scripts = new Map<string, Buffer>()
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return
    const file = new URL(res.url()).pathname.slice(1)
    encodings.set(file, res.headers()['content-encoding'] ?? 'identity')
    void res.body().then(
      (body) => scripts.set(file, body),
      () => {},
    )
  })
  return scripts
}

const gzipped = (bodies: Iterable<Buffer>) => [...bodies].reduce((t, b) => t + gzipSync(b, { level: 9 }).length, 0)

describe('a light 2D twin', () => {
  it('needs at most 120 KB of gzipped JavaScript in all, DSFR’s script included, without three.js', async () => {
    const dist = path.join(ROOT, 'dist')
    const twoD = await measureTwoD(dist, await measureBundle(dist))
    expect(twoD.threeJsFiles).toEqual([])
    expect(twoD.dsfrScriptGzip).toBeGreaterThan(0)
    expect(twoD.totalJsGzip).toBe(twoD.initialJsGzip + twoD.dsfrScriptGzip)
    expect(twoD.totalJsGzip).toBeLessThanOrEqual(TWO_D_JS_BUDGET_GZIP)

    // The bench reads the build; the browser says what a visitor really downloads, through every 2D page of the
    // twin (the booklet, a page for printing, apart). They must agree.
    const page = await h.newPage()
    const encodings = new Map<string, string>()
    const scripts = recordScripts(page, encodings)
    try {
      for (const target of twoDPages(manifest, 'fr').filter((p) => p.name !== 'booklet')) {
        await open(page, h, target, 'fr')
        await page.waitForLoadState('networkidle')
      }
      // DSFR's script starts the header and breadcrumb once it has run.
      await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-fr-js'))).toBe(true)
    } finally {
      await page.close()
    }
    const pageScripts = [...scripts.keys()].sort()
    expect(pageScripts).toEqual(twoD.files)
    expect(gzipped(pageScripts.map((file) => scripts.get(file)!))).toBe(twoD.totalJsGzip)
    // And they travel compressed, as the build wrote them: the budget is what really crosses the network.
    for (const file of pageScripts) {
      if (scripts.get(file)!.length >= 1024)
        expect([file, encodings.get(file)]).toEqual([file, expect.stringMatching(/^(br|gzip)$/)])
    }
    console.log(
      `2D twin: ${twoD.initialJsGzip} bytes of gzipped JS to show a page, then ${twoD.dsfrScriptGzip} of DSFR's script: ${twoD.totalJsGzip} in all`,
    )
  })

  it('never downloads three.js while visiting the 2D pages', async () => {
    const page = await h.newPage()
    const scripts = recordScripts(page)
    try {
      for (const target of twoDPages(manifest, 'fr')) await open(page, h, target, 'fr')
    } finally {
      await page.close()
    }
    expect(scripts.size).toBeGreaterThan(0)
    const withThree = [...scripts].filter(([, body]) => containsThree(body.toString('utf8'))).map(([file]) => file)
    expect(withThree).toEqual([])
  })
})
