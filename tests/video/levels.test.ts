import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAP_HEADROOM, capLevelIndex } from '../../src/video/levels.ts'

// A typical ladder for a restitution video, ordered by bitrate as hls.js sorts it.
const LADDER = [240, 360, 480, 720, 1080]

describe('capLevelIndex', () => {
  it('picks the tallest rendition not above 1.25 times the screen height', () => {
    expect(capLevelIndex(LADDER, 600)).toBe(3) // 720 ≤ 750
    expect(capLevelIndex(LADDER, 560)).toBe(2) // 720 > 700
    expect(capLevelIndex(LADDER, 290)).toBe(1) // 360 ≤ 362.5
    expect(capLevelIndex(LADDER, 2160)).toBe(4)
  })

  it('never goes below the first level, even for a screen a few pixels tall or off screen', () => {
    expect(capLevelIndex(LADDER, 20)).toBe(0)
    expect(capLevelIndex(LADDER, 0)).toBe(0)
    expect(capLevelIndex(LADDER, Number.NaN)).toBe(0)
    expect(capLevelIndex(LADDER, -5)).toBe(0)
  })

  it('leaves hls.js uncapped before levels are known', () => {
    expect(capLevelIndex([], 600)).toBe(-1)
  })

  it('stops at a too-tall level even if a shorter one follows, since the cap is an index', () => {
    expect(capLevelIndex([360, 1080, 480], 500)).toBe(0)
  })

  it('lets levels of unknown height (0) through', () => {
    expect(capLevelIndex([0, 360], 300)).toBe(1)
  })

  it('never allows a level taller than the limit beyond level 0, and grows with the screen', () => {
    const ladder = fc.array(fc.integer({ min: 0, max: 4320 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(ladder, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 500 }), (raw, px, grow) => {
        const heights = [...raw].sort((a, b) => a - b)
        const cap = capLevelIndex(heights, px)
        expect(cap).toBeGreaterThanOrEqual(0)
        for (let i = 1; i <= cap; i++) expect(heights[i]!).toBeLessThanOrEqual(px * CAP_HEADROOM)
        expect(capLevelIndex(heights, px + grow)).toBeGreaterThanOrEqual(cap)
      }),
    )
  })
})
