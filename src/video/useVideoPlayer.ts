import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react'
import type { PlayerHandle, PlayerRequest, PlayerSnapshot } from './player.ts'
import { createVideoPool, type VideoPool, type VideoPoolOptions } from './pool.ts'

const IDLE: PlayerSnapshot = {
  state: 'idle',
  video: null,
  source: null,
  posterUrl: null,
  muted: true,
  cueText: '',
  error: null,
}

/** A pool for the lifetime of a component; unmounting releases every player it holds. */
export function useVideoPool(options?: VideoPoolOptions): VideoPool {
  const [pool] = useState(() => createVideoPool(options))
  useEffect(() => () => pool.dispose(), [pool])
  return pool
}

/** What `useVideoPlayer` returns: the player's snapshot and, once acquired, its handle. */
export type VideoPlayerView = PlayerSnapshot & { handle: PlayerHandle | null }

/**
 * Holds one stand's player while the component is mounted and re-renders on its state changes. Per-frame values
 * (the screen's height, a priority that follows the camera) belong on `handle` from `useFrame`, not in `request`.
 */
export function useVideoPlayer(pool: VideoPool, request: PlayerRequest): VideoPlayerView {
  const { key, hls, mp4, poster, lang, priority } = request
  const captions = JSON.stringify(request.captions ?? [])
  // Only a change of source re-acquires (restarting the video); other fields update the player in place.
  const acquire = useEffectEvent(() => pool.acquire(request))
  useEffect(() => {
    acquire()
    return () => pool.release(key)
  }, [pool, key, hls, mp4, poster, captions])
  useEffect(() => pool.setPriority(key, priority), [pool, key, priority])
  useEffect(() => pool.get(key)?.setLanguage(lang), [pool, key, lang])
  const snapshot = useSyncExternalStore(pool.subscribe, () => pool.get(key)?.getSnapshot() ?? IDLE)
  return { ...snapshot, handle: snapshot === IDLE ? null : (pool.get(key) ?? null) }
}
