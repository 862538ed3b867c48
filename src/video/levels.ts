/** How much taller than the screen a rendition may be: a little headroom keeps text sharp once filtered. */
export const CAP_HEADROOM = 1.25

/**
 * The hls.js `autoLevelCapping` for a screen `screenHeightPx` device pixels tall: the highest level index such that
 * this level and every level below it are at most `headroom` times the screen's height, and never below level 0.
 * Levels come ordered by bitrate, as hls.js sorts them; a height of 0 (unknown) counts as fitting. Returns -1 (no cap)
 * when there are no levels yet.
 */
export function capLevelIndex(heights: readonly number[], screenHeightPx: number, headroom = CAP_HEADROOM): number {
  if (heights.length === 0) return -1
  const limit = Number.isFinite(screenHeightPx) && screenHeightPx > 0 ? screenHeightPx * headroom : 0
  let cap = 0
  // The cap is an index, so a too-tall level stops the run even if a shorter one follows it.
  for (let index = 1; index < heights.length; index++) {
    if ((heights[index] ?? 0) > limit) break
    cap = index
  }
  return cap
}
