import type { VideoPool } from '../../video/index.ts'
import type { ScreenDirector } from './screenDirector.ts'

/**
 * How the rest of the scene reaches the video side, which loads after the first frame: the pool and the director
 * once they exist, and a subscription that holds across their arrival.
 */
export type VideoLink = {
  readonly pool: VideoPool | null
  readonly director: ScreenDirector | null
  /** Called by the screens once their pool and director exist (and with nulls when they go). */
  connect(pool: VideoPool | null, director: ScreenDirector | null): void
  activeDecoders(): number
  videos(): HTMLVideoElement[]
  /** Calls `listener` on any change of the pool (decoders, players), including its arrival. */
  subscribe(listener: () => void): () => void
}

/** A link with nothing connected yet. */
export function createVideoLink(): VideoLink {
  const listeners = new Set<() => void>()
  let pool: VideoPool | null = null
  let director: ScreenDirector | null = null
  let unsubscribe = () => {}
  const notify = () => listeners.forEach((l) => l())
  return {
    get pool() {
      return pool
    },
    get director() {
      return director
    },
    connect(nextPool, nextDirector) {
      unsubscribe()
      pool = nextPool
      director = nextDirector
      unsubscribe = pool ? pool.subscribe(notify) : () => {}
      notify()
    },
    activeDecoders: () => pool?.activeDecoders() ?? 0,
    videos: () => director?.videos() ?? [],
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
