import type { Manifest, MediaSet, Recording, Session } from '../../manifest/index.ts'

/** The sessions on at `now`: `start ≤ now < end`. */
export function sessionsAt(manifest: Manifest, now: number): Session[] {
  return manifest.exhibition.programme.filter((s) => Date.parse(s.start) <= now && now < Date.parse(s.end))
}

/** The next time the answer of `sessionsAt` changes after `now`, or null when the programme is over. */
export function nextProgrammeChange(manifest: Manifest, now: number): number | null {
  const times = manifest.exhibition.programme
    .flatMap((s) => [Date.parse(s.start), Date.parse(s.end)])
    .filter((t) => t > now)
  return times.length > 0 ? Math.min(...times) : null
}

/** What the auditorium's large screen shows, and why. */
export type AuditoriumFeature = {
  /** `live`: a session is on with a playable stream; `session`: a session is on, its recording plays; `after`: a session ended and its recording plays; `recording`: the first recording, outside the programme. */
  reason: 'live' | 'session' | 'after' | 'recording'
  session: Session | null
  recording: Recording | null
  media: MediaSet
}

const PLAYABLE = /\.(m3u8|mp4)$/i

/** True for a live stream URL the scene can play itself (HLS or MP4), judged by its path, not its query. */
export function isPlayableStream(url: string): boolean {
  try {
    return PLAYABLE.test(new URL(url).pathname)
  } catch {
    return false
  }
}

function streamMedia(url: string): MediaSet {
  const hls = /\.m3u8$/i.test(new URL(url).pathname)
  return { ...(hls ? { hls: url } : { mp4: url }), captions: [] }
}

/**
 * What the auditorium's screen plays at `now`: during a session held there, its live stream when it is HLS or MP4,
 * else its recording; after the last such session has ended, that session's recording; otherwise the first
 * recording. Null when there is nothing to play.
 */
export function auditoriumFeature(manifest: Manifest, auditoriumId: string, now: number): AuditoriumFeature | null {
  const recordings = new Map(manifest.recordings.map((r) => [r.id, r]))
  const held = manifest.exhibition.programme.filter((s) => s.room === auditoriumId)
  const on = held.find((s) => Date.parse(s.start) <= now && now < Date.parse(s.end))
  if (on) {
    const recording = (on.recording && recordings.get(on.recording)) || null
    if (on.liveStreamUrl && isPlayableStream(on.liveStreamUrl)) {
      return {
        reason: 'live',
        session: on,
        recording,
        media: { ...streamMedia(on.liveStreamUrl), poster: recording?.media.poster },
      }
    }
    if (recording) return { reason: 'session', session: on, recording, media: recording.media }
  }
  const ended = held
    .filter((s) => Date.parse(s.end) <= now && s.recording && recordings.has(s.recording))
    .sort((a, b) => Date.parse(b.end) - Date.parse(a.end))[0]
  if (ended) {
    const recording = recordings.get(ended.recording!)!
    return { reason: 'after', session: ended, recording, media: recording.media }
  }
  const first = manifest.recordings[0]
  return first ? { reason: 'recording', session: null, recording: first, media: first.media } : null
}
