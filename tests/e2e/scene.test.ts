import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIG_EXHIBITION_ID, writeBigGallery } from '../../src/node/bench/bigGallery.ts'
import { measureBundle } from '../../src/node/bench/bundle.ts'
import { measureThreeDBundle, THREE_D_JS_BUDGET_GZIP } from '../../src/node/bench/threeD.ts'
import { createServer } from '../../src/server/app.ts'
import { ROOT, startHarness, type Harness } from './harness.ts'
import { fetchManifest } from './pages.ts'
import { layoutOf, open3D, pictureSpread, poseAndCount, poses, stats } from './scene3d.ts'

const DRAW_CALL_BUDGET = 60
let h: Harness
let page: Page
let big: { server: FastifyInstance; url: string; dir: string }
let brokenDefi = ''

beforeAll(async () => {
  h = await startHarness()
  const dir = await mkdtemp(path.join(tmpdir(), 'vernissage-big-'))
  const eig4 = await fetchManifest(h, 'eig4')
  await writeBigGallery(dir, eig4)
  // The same exhibition, its first défi's video and poster gone from the media folder (valid paths, no files).
  const [first, ...rest] = eig4.defis
  brokenDefi = first!.id
  const gone = { ...first!.media!, hls: 'gone/master.m3u8', mp4: 'gone/restitution.mp4' }
  const broken = {
    ...eig4,
    exhibition: { ...eig4.exhibition, id: 'missing-media' },
    defis: [{ ...first!, media: { ...gone, poster: { ...gone.poster!, src: 'gone/poster.jpg' } } }, ...rest],
  }
  await writeFile(path.join(dir, 'missing-media.json'), JSON.stringify(broken))
  const server = await createServer({
    galleryDir: dir,
    mediaDir: path.join(ROOT, 'media'),
    distDir: path.join(ROOT, 'dist'),
    dataDir: path.join(dir, 'data'),
  })
  await server.listen({ port: 0, host: '127.0.0.1' })
  big = { server, dir, url: `http://127.0.0.1:${(server.server.address() as { port: number }).port}` }
  page = await h.newPage()
  // Small, so that SwiftShader draws quickly on two cores; the budgets do not depend on the size.
  await page.setViewportSize({ width: 800, height: 500 })
}, 900_000)

afterAll(async () => {
  await page?.close()
  await big?.server.close()
  if (big) await rm(big.dir, { recursive: true, force: true })
  await h?.close()
})

describe('the 3D exhibition in a real Chromium (SwiftShader WebGL 2)', () => {
  it('opens /eig4 in 3D and draws a picture, not a blank canvas', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats&lang=fr`)
    await page.waitForTimeout(1500)
    const { mean, variance } = await pictureSpread(page, await page.locator('canvas').screenshot())
    // Walls, doors, signs and floor: far from one flat colour.
    expect(variance).toBeGreaterThan(200)
    expect(mean).toBeGreaterThan(20)
    // The building and the pictures (signs, programme board: one texture array) are drawn, not the walls alone.
    const figures = await stats(page)
    expect(figures.drawCalls).toBeGreaterThanOrEqual(2)
    expect(figures.textures).toBeGreaterThanOrEqual(1)
    expect(h.errors).toEqual([])
  })

  it('draws nothing while nothing moves and no video plays', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    // Let the pictures and posters settle, then watch for 2 s.
    await expect
      .poll(
        async () => {
          const a = (await stats(page)).frames
          await page.waitForTimeout(700)
          return (await stats(page)).frames - a
        },
        { timeout: 30_000 },
      )
      .toBe(0)
    const before = await stats(page)
    await page.waitForTimeout(2000)
    const after = await stats(page)
    expect(after.frames).toBe(before.frames)
    expect(after.activeDecoders).toBe(0)
  })

  it(`stays within ${DRAW_CALL_BUDGET} draw calls in every pose of EIG 4`, async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    const layout = await layoutOf(page)
    const counts: Record<string, number> = {}
    for (const { name, pose } of poses(layout)) counts[name] = (await poseAndCount(page, pose)).drawCalls
    const worst = Math.max(...Object.values(counts))
    expect(worst, JSON.stringify(counts)).toBeLessThanOrEqual(DRAW_CALL_BUDGET)
    expect(Object.keys(counts).length).toBeGreaterThan(20)
  })

  it(`stays within ${DRAW_CALL_BUDGET} draw calls with 90 stands in one room`, async () => {
    await open3D(page, `${big.url}/${BIG_EXHIBITION_ID}?view=3d&stats`)
    const layout = await layoutOf(page)
    expect(layout.stands).toHaveLength(90)
    // Every room-centre and door pose, and every ninth stand: the same instanced meshes are drawn in each.
    const picked = poses(layout, 9)
    let worst = 0
    for (const { pose } of picked) worst = Math.max(worst, (await poseAndCount(page, pose)).drawCalls)
    expect(worst).toBeLessThanOrEqual(DRAW_CALL_BUDGET)
    // The pictures of 90 stands hold in the atlas's video memory, mipmaps included.
    const { atlasBytes } = await stats(page)
    expect(atlasBytes).toBeGreaterThan(0)
    expect(atlasBytes).toBeLessThan(64 * 1024 * 1024)
    expect(h.errors).toEqual([])
  })

  it('plays a demo clip on the stand in front of the visitor: its currentTime advances', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    const layout = await layoutOf(page)
    const stand = layout.stands[0]!
    await poseAndCount(page, {
      position: { x: stand.front.x, y: 1.6, z: stand.front.z },
      target: { x: stand.position.x, y: 1.4, z: stand.position.z },
    })
    const time = () => page.evaluate(() => window.__vernissage!.videos()[0]?.currentTime ?? -1)
    await expect.poll(time, { timeout: 30_000 }).toBeGreaterThan(0)
    const first = await time()
    await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(first + 0.5)
    // Building, stands, pictures (title, poster, panel) and the video's own quad (and what else is in view).
    const playing = await stats(page)
    expect(playing.activeDecoders).toBe(1)
    expect(playing.drawCalls).toBeGreaterThanOrEqual(4)
    expect(playing.textures).toBe(2)
    // Its French captions show over the view, as the interface is in French.
    await expect.poll(() => page.getByTestId('scene-captions').textContent(), { timeout: 15_000 }).toBeTruthy()
    // While it plays, frames are drawn: one per decoded video frame.
    const frames = (await stats(page)).frames
    await expect.poll(async () => (await stats(page)).frames, { timeout: 10_000 }).toBeGreaterThan(frames + 3)
  })

  it('holds at most 2 decoders after visiting 5 stands, and frees them on leaving', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    const layout = await layoutOf(page)
    const seen: number[] = []
    for (const stand of layout.stands.slice(0, 5)) {
      await page.evaluate((id) => window.__vernissage!.store.getState().setFocused(id), stand.defiId)
      await poseAndCount(page, {
        position: { x: stand.front.x, y: 1.6, z: stand.front.z },
        target: { x: stand.position.x, y: 1.4, z: stand.position.z },
      })
      await expect.poll(() => page.evaluate(() => window.__vernissage!.videos().length), { timeout: 20_000 }).toBe(1)
      for (let i = 0; i < 4; i++) {
        seen.push(await page.evaluate(() => window.__vernissage!.activeDecoders()))
        await page.waitForTimeout(250)
      }
    }
    expect(Math.max(...seen)).toBeLessThanOrEqual(2)
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(1)
    // Back at the entrance, looking down the hall: no stand in view, every decoder is given back.
    await page.evaluate(() => window.__vernissage!.store.getState().setFocused(null))
    await poseAndCount(page, layout.spawn)
    await expect.poll(() => page.evaluate(() => window.__vernissage!.activeDecoders()), { timeout: 10_000 }).toBe(0)
  })

  it('gives the screens’ decoders back while a stand’s panel plays its video, and takes one again on closing', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    const layout = await layoutOf(page)
    const stand = layout.stands[0]!
    await page.evaluate((id) => window.__vernissage!.store.getState().setFocused(id), stand.defiId)
    await poseAndCount(page, {
      position: { x: stand.front.x, y: 1.6, z: stand.front.z },
      target: { x: stand.position.x, y: 1.4, z: stand.position.z },
    })
    const decoders = () => page.evaluate(() => window.__vernissage!.activeDecoders())
    await expect.poll(decoders, { timeout: 20_000 }).toBe(1)
    await page.evaluate((id) => window.__vernissage!.store.getState().openPanel(id), stand.defiId)
    await expect.poll(decoders, { timeout: 10_000 }).toBe(0)
    await page.evaluate(() => window.__vernissage!.store.getState().closePanel())
    await expect.poll(decoders, { timeout: 20_000 }).toBe(1)
  })

  it('plays the panel recording on the auditorium screen during its session (?now=)', async () => {
    const fetched: string[] = []
    const record = (r: { url(): string }) => fetched.push(r.url())
    page.on('request', record)
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats&now=2021-06-17T14:10:00%2B02:00`)
    const layout = await layoutOf(page)
    const room = layout.rooms.find((r) => r.kind === 'auditorium')
    if (room?.kind !== 'auditorium') throw new Error('EIG 4 has an auditorium')
    await poseAndCount(page, room.seating.pose)
    const src = () => page.evaluate(() => window.__vernissage!.videos()[0]?.currentSrc ?? '')
    await expect.poll(src, { timeout: 30_000 }).not.toBe('')
    // The panel "Voisinage" is on at 14:10: its recording is what streams.
    expect(fetched.filter((u) => u.includes('/media/demo/eig4/voisinage/')).length).toBeGreaterThan(1)
    expect(fetched.filter((u) => u.includes('/media/demo/eig4/vecu-d-eig/'))).toEqual([])
    const time = () => page.evaluate(() => window.__vernissage!.videos()[0]?.currentTime ?? -1)
    await expect.poll(time, { timeout: 20_000 }).toBeGreaterThan(0.3)
    page.off('request', record)
  })

  it('shows the title card of a stand whose video and poster are missing, and stops trying', async () => {
    await open3D(page, `${big.url}/missing-media?view=3d&stats`)
    const layout = await layoutOf(page)
    const stand = layout.stands.find((s) => s.defiId === brokenDefi)!
    await poseAndCount(page, {
      position: { x: stand.front.x, y: 1.6, z: stand.front.z },
      target: { x: stand.position.x, y: 1.4, z: stand.position.z },
    })
    // The player tries its sources, fails, and gives its decoder back; the scene then stops drawing.
    await expect.poll(() => page.evaluate(() => window.__vernissage!.activeDecoders()), { timeout: 30_000 }).toBe(0)
    await expect
      .poll(
        async () => {
          const a = (await stats(page)).frames
          await page.waitForTimeout(1000)
          return (await stats(page)).frames - a
        },
        { timeout: 30_000 },
      )
      .toBe(0)
    // No video quad: the building, the stands and the pictures (the title card on the screen), the atlas alone.
    expect((await stats(page)).textures).toBe(1)
    const { variance } = await pictureSpread(page, await page.locator('canvas').screenshot())
    expect(variance).toBeGreaterThan(200)
    // The 404s of the missing files are what this test is about.
    h.errors.splice(0)
  })

  it('comes back from a lost WebGL context without reloading the page', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats`)
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!
      const ext = gl.getExtension('WEBGL_lose_context')!
      ext.loseContext()
      setTimeout(() => ext.restoreContext(), 300)
    })
    await expect
      .poll(() => page.evaluate(() => window.__vernissage!.context), { timeout: 20_000 })
      .toEqual({
        lost: 1,
        restored: 1,
      })
    const layout = await layoutOf(page)
    await poseAndCount(page, layout.spawn)
    await page.waitForTimeout(1000)
    const { variance } = await pictureSpread(page, await page.locator('canvas').screenshot())
    expect(variance).toBeGreaterThan(200)
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
  })
})

describe('3D and 2D stay apart', () => {
  it(`loads at most ${THREE_D_JS_BUDGET_GZIP / 1000} KB of gzipped JavaScript before the first 3D frame`, async () => {
    // The build the harness serves: the entry, its static imports and the scene chunk (react-three-fiber, the
    // controls and the video load after the first frame).
    const dist = path.join(ROOT, 'dist')
    const report = await measureThreeDBundle(dist, await measureBundle(dist))
    expect(report.files.some((f) => f.includes('Exhibition3D'))).toBe(true)
    expect(report.files.some((f) => /LiveScene|hls/.test(f))).toBe(false)
    expect(report.initialJsGzip).toBeLessThanOrEqual(THREE_D_JS_BUDGET_GZIP)
  })

  it('draws the first 3D frame without DSFR’s stylesheet, which comes with the overlays', async () => {
    // Nothing render-blocking in the page: the first frame waits for no stylesheet at all.
    const bundle = await measureBundle(path.join(ROOT, 'dist'))
    expect(bundle.initial.css.files).toEqual([])
    const fresh = await h.newPage()
    try {
      await fresh.goto(`${h.baseUrl}/eig4?lang=fr`)
      await fresh.locator('canvas').waitFor({ timeout: 60_000 })
      // Then the overlays arrive, DSFR-styled: its stylesheet is in the document and its font applies to them.
      await fresh.getByRole('link', { name: 'Version 2D' }).waitFor({ timeout: 60_000 })
      await expect
        .poll(() =>
          fresh.evaluate(() => [...document.styleSheets].some((s) => /\/dsfr-[\w-]+\.css$/.test(s.href ?? ''))),
        )
        .toBe(true)
      const font = await fresh
        .getByRole('link', { name: 'Version 2D' })
        .evaluate((el) => getComputedStyle(el).fontFamily)
      expect(font).toMatch(/^Marianne/)
    } finally {
      await fresh.close()
    }
  })

  it('paints its pictures in Marianne without waiting for DSFR’s stylesheet', async () => {
    const fresh = await h.newPage()
    const early: string[] = []
    let stylesheetSent = false
    fresh.on('request', (r) => {
      if (r.resourceType() === 'font' && !stylesheetSent) early.push(new URL(r.url()).pathname)
    })
    // DSFR's stylesheet held back for seconds: the scene declares and loads the two faces it paints with meanwhile.
    await fresh.route(/\/assets\/dsfr-[\w-]+\.css$/, async (route) => {
      await expect.poll(() => early.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
      stylesheetSent = true
      await route.continue()
    })
    try {
      await open3D(fresh, `${h.baseUrl}/eig4?lang=fr&stats`)
      expect(early).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Marianne-Regular-[\w-]+\.woff2$/),
          expect.stringMatching(/Marianne-Bold-[\w-]+\.woff2$/),
        ]),
      )
      const loaded = await fresh.evaluate(() =>
        [...document.fonts].filter((f) => f.family === 'Marianne' && f.status === 'loaded').map((f) => f.weight),
      )
      expect(loaded).toEqual(expect.arrayContaining(['400', '700']))
    } finally {
      await fresh.close()
    }
  })

  it('never requests the 3D chunk in the 2D view', async () => {
    const fresh = await h.newPage()
    const scripts: string[] = []
    fresh.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await fresh.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    await fresh.locator('main h1').waitFor()
    await fresh.waitForLoadState('networkidle')
    await fresh.close()
    expect(scripts.length).toBeGreaterThan(0)
    // hls.js itself (`hls-*.js`) stays out; its few-line loader (`hlsLoader-*.js`), shared with the 2D player of
    // HLS-only videos, may come with the 2D pages: it imports hls.js only when a visitor presses play.
    expect(scripts.filter((u) => /Exhibition3D|Screens|\/hls-[\w-]+\.js$/.test(u))).toEqual([])
  })

  it('opens the 2D page with a notice when WebGL is missing, without loading three.js', async () => {
    const fresh = await h.newPage()
    const scripts: string[] = []
    fresh.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await fresh.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
    await fresh.goto(`${h.baseUrl}/eig4?view=3d&lang=fr`)
    await fresh.getByTestId('no-webgl').waitFor({ timeout: 30_000 })
    await expect.poll(() => fresh.locator('main h1').textContent()).toBe('Demo Day de la promotion EIG 4')
    await fresh.waitForLoadState('networkidle')
    await fresh.close()
    expect(scripts.filter((u) => /Exhibition3D/.test(u))).toEqual([])
  })
})
