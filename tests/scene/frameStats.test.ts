import { describe, expect, it } from 'vitest'
import { createFrameStats } from '../../src/scene/stats/frameStats.ts'

const info = (calls: number) => ({ calls, triangles: calls * 10, textures: 1, geometries: 2 })

describe('createFrameStats', () => {
  it('counts drawn frames and reports the last frame’s counters', () => {
    const stats = createFrameStats()
    expect(stats.read(0)).toEqual({
      drawCalls: 0,
      triangles: 0,
      textures: 0,
      geometries: 0,
      activeDecoders: 0,
      fps: 0,
      frames: 0,
      atlasBytes: 0,
    })
    stats.frame(0, info(7))
    stats.frame(16, info(5))
    expect(stats.read(2, 4096)).toEqual({
      drawCalls: 5,
      triangles: 50,
      textures: 1,
      geometries: 2,
      activeDecoders: 2,
      fps: 2,
      frames: 2,
      atlasBytes: 4096,
    })
  })
  it('measures fps over the last second of drawing', () => {
    const stats = createFrameStats()
    for (let t = 0; t <= 2000; t += 50) stats.frame(t, info(1))
    expect(stats.read(0).fps).toBe(20)
    expect(stats.read(0).frames).toBe(41)
  })
})
