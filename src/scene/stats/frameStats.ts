/** What `?stats` shows, as JSON in `data-testid="render-stats"`. */
export type RenderStatsData = {
  drawCalls: number
  triangles: number
  textures: number
  geometries: number
  activeDecoders: number
  fps: number
  /** Frames drawn since the scene opened: it stays still while nothing moves and no video plays. */
  frames: number
  /** Video memory the picture atlas takes, mipmaps included, in bytes. */
  atlasBytes: number
}

/** The renderer's counters after one frame, as three.js keeps them in `renderer.info`. */
export type FrameInfo = { calls: number; triangles: number; textures: number; geometries: number }

/**
 * Counts drawn frames and keeps the last frame's counters; `fps` is the number of frames drawn in the second up to
 * the last drawn one (an idle scene keeps its last figure: nothing is drawn to update it).
 */
export function createFrameStats() {
  const times: number[] = []
  let frames = 0
  let last: FrameInfo = { calls: 0, triangles: 0, textures: 0, geometries: 0 }
  return {
    /** Records one drawn frame at time `now` (milliseconds). */
    frame(now: number, info: FrameInfo): void {
      frames++
      last = info
      times.push(now)
      while (times.length > 0 && times[0]! <= now - 1000) times.shift()
    },
    read(activeDecoders: number, atlasBytes = 0): RenderStatsData {
      return {
        drawCalls: last.calls,
        triangles: last.triangles,
        textures: last.textures,
        geometries: last.geometries,
        activeDecoders,
        fps: times.length,
        frames,
        atlasBytes,
      }
    },
  }
}
