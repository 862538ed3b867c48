/** The three kinds of file a team sends. */
export const UPLOAD_KINDS = ['video', 'poster', 'captions'] as const

/** One kind of upload. */
export type UploadKind = (typeof UPLOAD_KINDS)[number]

/** What an upload may weigh and hold; every figure is configurable (see the README's table). */
export type UploadLimits = {
  maxBytes: Record<UploadKind, number>
  maxDurationSeconds: number
  /** The longer side of a video, in pixels: 3840 is 4K UHD. */
  maxLongSide: number
  maxShortSide: number
  /** Uploads a team may have open (created, not finished) at once. */
  maxInFlight: number
}

const MB = 1024 * 1024

/** The defaults: video 4 GB, poster 8 MB, captions 2 MB, 30 minutes, 4K, 3 uploads at once. */
export const DEFAULT_LIMITS: UploadLimits = {
  maxBytes: { video: 4 * 1024 * MB, poster: 8 * MB, captions: 2 * MB },
  maxDurationSeconds: 30 * 60,
  maxLongSide: 4096,
  maxShortSide: 2160,
  maxInFlight: 3,
}

function num(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback
}

/** The limits read from the environment (`UPLOAD_MAX_VIDEO_MB`, …), each falling back to its default. */
export function limitsFromEnv(env: Record<string, string | undefined>): UploadLimits {
  const d = DEFAULT_LIMITS
  return {
    maxBytes: {
      video: num(env.UPLOAD_MAX_VIDEO_MB, d.maxBytes.video / MB) * MB,
      poster: num(env.UPLOAD_MAX_POSTER_MB, d.maxBytes.poster / MB) * MB,
      captions: num(env.UPLOAD_MAX_CAPTIONS_MB, d.maxBytes.captions / MB) * MB,
    },
    maxDurationSeconds: num(env.UPLOAD_MAX_MINUTES, d.maxDurationSeconds / 60) * 60,
    maxLongSide: d.maxLongSide,
    maxShortSide: d.maxShortSide,
    maxInFlight: num(env.UPLOAD_MAX_IN_FLIGHT, d.maxInFlight),
  }
}
