import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { CameraPose, Layout } from '../../src/layout/index.ts'
export { benchPoses as poses } from '../../src/node/bench/poses.ts'
import type { RenderStatsData } from '../../src/scene/stats/frameStats.ts'

/** Opens a 3D page with `?stats` and waits for its first frames and its pictures. */
export async function open3D(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByTestId('render-stats').waitFor({ timeout: 60_000 })
  await expect.poll(() => stats(page), { timeout: 60_000 }).toMatchObject({ frames: expect.any(Number) })
  await expect.poll(async () => (await stats(page)).frames, { timeout: 60_000 }).toBeGreaterThan(0)
  await page.waitForFunction(() => window.__vernissage !== undefined, null, { timeout: 30_000 })
}

/** The figures of the `?stats` overlay. */
export async function stats(page: Page): Promise<RenderStatsData> {
  const text = (await page.getByTestId('render-stats').textContent()) ?? ''
  return JSON.parse(text || '{"frames":0}') as RenderStatsData
}

/** The layout the scene was built from. */
export function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => window.__vernissage!.layout)
}

/** Puts the camera at a pose and returns the stats of a frame drawn there (after the overlay caught up). */
export async function poseAndCount(page: Page, pose: CameraPose): Promise<RenderStatsData> {
  const before = (await stats(page)).frames
  await page.evaluate((p) => window.__vernissage!.goTo(p.position, p.target), pose)
  await expect.poll(async () => (await stats(page)).frames, { timeout: 20_000 }).toBeGreaterThan(before)
  // The overlay is written 200 ms after a frame at most.
  await page.waitForTimeout(300)
  return stats(page)
}

/** Mean and variance of the luminance of a PNG, decoded by the page itself. */
export async function pictureSpread(page: Page, png: Buffer): Promise<{ mean: number; variance: number }> {
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
      let sum = 0
      let squares = 0
      const n = data.length / 4
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
        sum += y
        squares += y * y
      }
      const mean = sum / n
      return { mean, variance: squares / n - mean * mean }
    },
    [...png],
  )
}
