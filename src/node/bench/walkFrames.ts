import type { Page } from 'playwright-core'

// Run in the page as source text: tsx (the bench's runner) would otherwise wrap named functions in a helper that the
// page does not have. It walks the tour's waypoints at 1.4 m/s, moving the camera on every animation frame.
const WALK = `(async (duration) => {
  const hooks = window.__vernissage
  const layout = hooks.layout
  const points = layout.tour.flatMap((step) => step.waypoints)
  const legs = points.slice(1).map((p, i) => ({ a: points[i], b: p, len: Math.hypot(p.x - points[i].x, p.z - points[i].z) }))
  const eye = layout.options.eyeHeight
  const gaps = []
  await new Promise((resolve) => {
    let start = 0
    let last = 0
    const step = (now) => {
      if (!start) start = last = now
      else gaps.push(now - last)
      last = now
      let d = ((now - start) / 1000) * 1.4
      let leg = null
      for (const l of legs) {
        if (d <= l.len && l.len > 0) { leg = l; break }
        d -= l.len
      }
      if (!leg || now - start > duration * 1000) return resolve()
      const t = d / leg.len
      const p = { x: leg.a.x + (leg.b.x - leg.a.x) * t, z: leg.a.z + (leg.b.z - leg.a.z) * t }
      const ahead = { x: p.x + (leg.b.x - leg.a.x) / leg.len, y: eye, z: p.z + (leg.b.z - leg.a.z) / leg.len }
      hooks.goTo({ x: p.x, y: eye, z: p.z }, ahead)
      requestAnimationFrame(step)
    }
    requestAnimationFrame(step)
  })
  gaps.sort((a, b) => a - b)
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : NaN
})`

/**
 * Walks the guided tour's path for `seconds`, the camera moved on every animation frame, and returns the median time
 * between frames in ms: what a visitor walking through the rooms gets. The page must be open with `?stats`.
 */
export async function medianWalkFrameMs(page: Page, seconds = 8): Promise<number> {
  const ms = (await page.evaluate(`${WALK}(${seconds})`)) as number
  return Math.round(ms * 10) / 10
}
