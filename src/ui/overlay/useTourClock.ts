import { useEffect, useRef } from 'react'
import { useGallery } from '../galleryContext.ts'
import type { Manifest } from '../../manifest/schema.ts'

/** How long a stop lasts when its video gives no duration (seconds). */
const DEFAULT_STOP_SECONDS = 20
/** Time for the video to start once the visitor has arrived (seconds). */
const START_MARGIN_SECONDS = 1

/**
 * Moves the tour on when the stand's video has had time to play to its end: its `durationSeconds` after arrival,
 * pauses excluded. A screen's real `ended` event (the scene calls `videoEnded`) moves it on sooner.
 */
export function useTourClock(manifest: Manifest): void {
  const tour = useGallery((s) => s.tour)
  const videoEnded = useGallery((s) => s.videoEnded)
  const stop = tour.stops[tour.step]
  const running = tour.status === 'playing' && tour.arrived && stop !== undefined
  // What is left of the current stop, kept across pauses; a new stop starts from its full length.
  const left = useRef<{ defiId: string; seconds: number } | null>(null)

  useEffect(() => {
    if (!running || !stop) return
    if (left.current?.defiId !== stop.defiId || left.current.seconds <= 0) {
      const duration = manifest.defis.find((d) => d.id === stop.defiId)?.media?.durationSeconds
      left.current = { defiId: stop.defiId, seconds: (duration ?? DEFAULT_STOP_SECONDS) + START_MARGIN_SECONDS }
    }
    const started = performance.now()
    const entry = left.current
    const timer = setTimeout(() => {
      entry.seconds = 0
      videoEnded(stop.defiId)
    }, entry.seconds * 1000)
    return () => {
      clearTimeout(timer)
      entry.seconds -= (performance.now() - started) / 1000
    }
  }, [running, stop, manifest, videoEnded])
}
