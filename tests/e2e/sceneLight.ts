import type { Page } from 'playwright-core'

/** Hides the DOM drawn over the canvas, so that a screenshot shows the scene alone. */
export async function hideOverlays(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')
    for (const el of canvas?.parentElement?.children ?? [])
      if (el !== canvas) (el as HTMLElement).style.visibility = 'hidden'
  })
}

/** The mean luminance (0–255) of a small square of the page's screenshot round each point. */
export async function luminanceAt(page: Page, points: { x: number; y: number }[], radius = 3): Promise<number[]> {
  const png = await page.screenshot()
  return page.evaluate(
    async ({ bytes, points, radius }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      return points.map(({ x, y }) => {
        const size = 2 * radius + 1
        const { data } = ctx.getImageData(Math.round(x) - radius, Math.round(y) - radius, size, size)
        let sum = 0
        for (let i = 0; i < data.length; i += 4)
          sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
        return sum / (data.length / 4)
      })
    },
    { bytes: [...png], points, radius },
  )
}
