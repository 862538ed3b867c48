import type Hls from 'hls.js'

/** The hls.js class, as the dynamic import yields it. */
export type HlsClass = typeof Hls

let pending: Promise<HlsClass> | null = null

/**
 * Loads hls.js on the first HLS source and shares that one promise afterwards, so the library stays out of the main
 * chunk and is fetched once. A failed load (offline, a deploy that removed the chunk) is forgotten so a later stand
 * may try again.
 */
export function loadHls(): Promise<HlsClass> {
  pending ??= import('hls.js').then(
    (module) => module.default,
    (error: unknown) => {
      pending = null
      throw error
    },
  )
  return pending
}
