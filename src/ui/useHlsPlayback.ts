import { useEffect, useRef, useState, type RefObject } from 'react'
import type Hls from 'hls.js'
import { loadHls } from '../video/hlsLoader.ts'

/** Where an HLS-only video stands: waiting for the visitor, fetching its player, playing, or unplayable here. */
export type HlsPlayback = 'idle' | 'loading' | 'ready' | 'failed'

/**
 * Plays an HLS playlist in a `<video>` when the visitor asks: natively where the browser reads HLS (Safari),
 * else with hls.js, fetched at that moment so that it never weighs on the 2D pages' first download. The hls.js
 * instance is destroyed with the component.
 */
export function useHlsPlayback(
  videoRef: RefObject<HTMLVideoElement | null>,
  src: string | undefined,
): { state: HlsPlayback; start: () => void } {
  const [state, setState] = useState<HlsPlayback>('idle')
  const hls = useRef<Hls | null>(null)
  useEffect(
    () => () => {
      hls.current?.destroy()
      hls.current = null
    },
    [src],
  )
  const start = () => {
    const video = videoRef.current
    if (!video || src === undefined || state !== 'idle') return
    setState('loading')
    const attach = async () => {
      if (video.canPlayType('application/vnd.apple.mpegurl') !== '') video.src = src
      else {
        const HlsClass = await loadHls()
        if (!HlsClass.isSupported()) throw new Error('no Media Source Extensions')
        const player = new HlsClass({ capLevelToPlayerSize: true })
        hls.current = player
        player.attachMedia(video)
        player.loadSource(src)
      }
      setState('ready')
      video.focus()
      // The visitor pressed play: start, unless the browser wants a second gesture (its controls are there).
      await video.play().catch(() => {})
    }
    attach().catch(() => setState('failed'))
  }
  return { state, start }
}
