import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'
import { open3D, stats } from './scene3d.ts'

/** The most main-thread work an idle page may do, in ms per second. */
const IDLE_BUDGET_MS_PER_S = 5
let h: Harness
let page: Page

beforeAllVisit((visit) => ({ h, page } = visit))

/** Main-thread work over `seconds` of doing nothing, in ms per second, from the DevTools protocol's TaskDuration. */
async function idleWork(seconds = 5): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Performance.enable')
    const taskDuration = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value
    const before = await taskDuration()
    await page.waitForTimeout(seconds * 1000)
    return ((await taskDuration()) - before) * (1000 / seconds)
  } finally {
    await cdp.detach()
  }
}

describe('a page left alone', () => {
  it('in 3D, draws no frame and keeps the main thread under 5 ms a second', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats&lang=fr`)
    // DSFR started (its script marks the page), and the pictures are painted.
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-fr-js'))).toBe(true)
    await page.waitForTimeout(4000)
    const frames = (await stats(page)).frames
    const work = await idleWork()
    console.log(`idle 3D: ${work.toFixed(2)} ms of main-thread work per second`)
    expect(work).toBeLessThanOrEqual(IDLE_BUDGET_MS_PER_S)
    expect((await stats(page)).frames).toBe(frames)
  })

  it('in 2D, keeps the main thread under 5 ms a second', async () => {
    await page.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-fr-js'))).toBe(true)
    await page.waitForTimeout(2000)
    const work = await idleWork()
    console.log(`idle 2D: ${work.toFixed(2)} ms of main-thread work per second`)
    expect(work).toBeLessThanOrEqual(IDLE_BUDGET_MS_PER_S)
  })
})
