import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Layout } from '../../layout/index.ts'
import { parseManifest } from '../../manifest/index.ts'
import { createServer } from '../../server/app.ts'
import { CHROMIUM_WEBGL_ARGS, chromiumPath } from '../chromium.ts'
import { BIG_EXHIBITION_ID, writeBigGallery } from './bigGallery.ts'
import { benchPoses } from './poses.ts'
import { medianWalkFrameMs } from './walkFrames.ts'

/** Draw calls counted in each pose of one exhibition. */
export type DrawCallFigures = {
  poses: number
  max: number
  budget: number
  withinBudget: boolean
  byPose: Record<string, number>
}

/** What `npm run bench` reports about the 3D scene in Chromium: counters, and times (medians, not asserted). */
export type SceneReport = {
  device: string
  drawCalls: { eig4: DrawCallFigures; stress90: DrawCallFigures }
  /** From navigation start to the first frame drawn, cold cache, in ms: median and every run. */
  firstFrameMs: { median: number; runs: number[] }
  /** From facing a stand to its first decoded video frame on screen, in ms: median and every run. */
  firstVideoFrameMs: { median: number; runs: number[] }
  /** The median time between frames while walking EIG 4's tour at 1280×720, in ms: median of the runs, and each. */
  walkFrameMs: { median: number; runs: number[] }
}

const DRAW_CALL_BUDGET = 60

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

type Figures = { drawCalls: number; frames: number }

async function figures(page: Page): Promise<Figures> {
  const text = await page.getByTestId('render-stats').textContent()
  return JSON.parse(text || '{"drawCalls":0,"frames":0}') as Figures
}

async function openScene(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('vernissage:first-frame').length > 0, null, {
    timeout: 120_000,
  })
  await page.waitForFunction(() => window.__vernissage !== undefined)
}

async function countPoses(page: Page, url: string): Promise<DrawCallFigures> {
  await openScene(page, url)
  const layout = await page.evaluate(() => window.__vernissage!.layout as Layout)
  const byPose: Record<string, number> = {}
  for (const { name, pose } of benchPoses(layout, layout.stands.length > 30 ? 5 : 1)) {
    const before = (await figures(page)).frames
    await page.evaluate((p) => window.__vernissage!.goTo(p.position, p.target), pose)
    await page.waitForFunction(
      (n) => JSON.parse(document.querySelector('[data-testid=render-stats]')?.textContent || '{"frames":0}').frames > n,
      before,
      { timeout: 30_000 },
    )
    await page.waitForTimeout(250)
    byPose[name] = (await figures(page)).drawCalls
  }
  const max = Math.max(...Object.values(byPose))
  return {
    poses: Object.keys(byPose).length,
    max,
    budget: DRAW_CALL_BUDGET,
    withinBudget: max <= DRAW_CALL_BUDGET,
    byPose,
  }
}

async function firstFrame(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await openScene(page, url)
    return await page.evaluate(() => performance.getEntriesByName('vernissage:first-frame')[0]!.startTime)
  } finally {
    await context.close()
  }
}

async function firstVideoFrame(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await openScene(page, url)
    await page.evaluate(() => {
      const { layout, goTo } = window.__vernissage!
      const stand = layout.stands[0]!
      performance.mark('vernissage:face-stand')
      goTo({ x: stand.front.x, y: 1.6, z: stand.front.z }, { x: stand.position.x, y: 1.4, z: stand.position.z })
    })
    await page.waitForFunction(
      () => performance.getEntriesByType('mark').some((m) => m.name.startsWith('vernissage:video-frame:')),
      null,
      { timeout: 60_000 },
    )
    return await page.evaluate(() => {
      const start = performance.getEntriesByName('vernissage:face-stand')[0]!.startTime
      const shown = performance.getEntriesByType('mark').find((m) => m.name.startsWith('vernissage:video-frame:'))!
      return shown.startTime - start
    })
  } finally {
    await context.close()
  }
}

/**
 * Serves the built app with EIG 4 and a 90-stand stress exhibition, and measures the scene in Chromium: draw calls
 * in every pose (counters, held to the budget), time to the first frame and to the first video frame (medians of
 * `runs` cold runs, reported only: a shared machine's times are not a pass or a fail).
 */
export async function measureScene(options: {
  root: string
  distDir: string
  runs?: number
  say?: (line: string) => void
}): Promise<SceneReport> {
  const { root, distDir, runs = 5, say = () => {} } = options
  const galleryDir = await mkdtemp(path.join(tmpdir(), 'vernissage-bench-'))
  const eig4File = path.join(root, 'gallery', 'eig4.json')
  await copyFile(eig4File, path.join(galleryDir, 'eig4.json'))
  const parsed = parseManifest(JSON.parse(await readFile(eig4File, 'utf8')))
  if (!parsed.ok) throw new Error('gallery/eig4.json does not parse')
  await writeBigGallery(galleryDir, parsed.manifest)
  // The store goes in the same throwaway folder (a subfolder is no manifest file).
  const dataDir = path.join(galleryDir, 'data')
  const server = await createServer({ galleryDir, mediaDir: path.join(root, 'media'), distDir, dataDir })
  let browser: Browser | undefined
  try {
    await server.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_WEBGL_ARGS })
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } })
    say('bench: draw calls in EIG 4…')
    const eig4 = await countPoses(page, `${base}/eig4?view=3d&stats`)
    say('bench: draw calls with 90 stands…')
    const stress90 = await countPoses(page, `${base}/${BIG_EXHIBITION_ID}?view=3d&stats`)
    await page.close()
    say('bench: frame time while walking the tour…')
    const walker = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await openScene(walker, `${base}/eig4?view=3d&stats`)
    const walks: number[] = []
    for (let i = 0; i < 3; i++) walks.push(await medianWalkFrameMs(walker, 6))
    await walker.close()
    const frames: number[] = []
    const videos: number[] = []
    for (let i = 0; i < runs; i++) {
      say(`bench: first frame and first video frame, run ${i + 1}/${runs}…`)
      frames.push(Math.round(await firstFrame(browser, `${base}/eig4?view=3d&stats`)))
      videos.push(Math.round(await firstVideoFrame(browser, `${base}/eig4?view=3d&stats`)))
    }
    return {
      device: `Chromium ${browser.version()}, SwiftShader (software WebGL 2), 1280×720`,
      drawCalls: { eig4, stress90 },
      firstFrameMs: { median: median(frames), runs: frames },
      firstVideoFrameMs: { median: median(videos), runs: videos },
      walkFrameMs: { median: median(walks), runs: walks },
    }
  } finally {
    await browser?.close()
    await server.close()
    await rm(galleryDir, { recursive: true, force: true })
  }
}
