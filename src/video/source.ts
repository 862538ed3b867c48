/** What this browser can decode: Media Source Extensions (for hls.js) and HLS played by the element itself. */
export type Capabilities = { mse: boolean; nativeHls: boolean }

/** How one candidate source is played: through hls.js, by the element's own HLS support, or as a plain file. */
export type SourceKind = 'hls.js' | 'native-hls' | 'file'

/** One source to try, with its absolute or page-relative URL. */
export type SourceCandidate = { kind: SourceKind; url: string }

/** The video sources a stand offers, as paths relative to the media folder or URLs. */
export type MediaSources = { hls?: string | undefined; mp4?: string | undefined }

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/)/i

/** Turns a manifest media path (relative to `media/`) into a URL; absolute paths and full URLs pass through. */
export function resolveMediaUrl(path: string, mediaBase: string): string {
  if (ABSOLUTE.test(path)) return path
  return mediaBase.endsWith('/') ? mediaBase + path : `${mediaBase}/${path}`
}

/** Whether a URL names an HLS playlist, judged by its pathname so that a query string or fragment does not hide it. */
export function isHlsUrl(url: string, pageUrl: string): boolean {
  try {
    return new URL(url, pageUrl).pathname.toLowerCase().endsWith('.m3u8')
  } catch {
    return false
  }
}

/**
 * The sources to try, best first; an empty list means the stand can only show its poster.
 * hls.js is preferred wherever MSE exists (it honours our quality cap); the element's own HLS comes next (Safari on
 * iOS before 17.1); the MP4 is the last resort and the fallback when HLS fails.
 */
export function planSources(media: MediaSources, caps: Capabilities, pageUrl: string): SourceCandidate[] {
  const plan: SourceCandidate[] = []
  if (media.hls) {
    if (!isHlsUrl(media.hls, pageUrl)) plan.push({ kind: 'file', url: media.hls })
    else if (caps.mse) plan.push({ kind: 'hls.js', url: media.hls })
    else if (caps.nativeHls) plan.push({ kind: 'native-hls', url: media.hls })
  }
  if (media.mp4 && media.mp4 !== media.hls) plan.push({ kind: 'file', url: media.mp4 })
  return plan
}

type MediaSourceLike = { isTypeSupported?: (type: string) => boolean }

/** Reads this browser's capabilities; with no DOM (tests in Node) it reports none. */
export function detectCapabilities(): Capabilities {
  const scope = globalThis as { MediaSource?: MediaSourceLike; ManagedMediaSource?: MediaSourceLike }
  // iOS 17.1+ exposes only ManagedMediaSource, which hls.js also drives.
  const source = scope.ManagedMediaSource ?? scope.MediaSource
  const mse = typeof source?.isTypeSupported === 'function' && source.isTypeSupported('video/mp4; codecs="avc1.42E01E"')
  const nativeHls =
    typeof document !== 'undefined' &&
    document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== ''
  return { mse, nativeHls }
}
