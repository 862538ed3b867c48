import type { Bilingual } from '../../manifest/index.ts'

/** A défi's media as the draft holds them (paths relative to `media/`). */
export type DraftMedia = {
  hls?: string
  mp4?: string
  poster?: { src: string; alt: Bilingual | Record<string, string> | string }
  captions?: { lang: string; src: string; label?: string }[]
  durationSeconds?: number
}

/** What one finished upload changes in a défi's media: the video's files, a poster, or one language's captions. */
export type MediaPatch = Omit<DraftMedia, 'captions'> & { captions?: { lang: string; src: string }[] }

/** The défi's media with `patch` applied: captions replace those of the same language, the rest is kept. */
export function mergeMedia(current: DraftMedia | undefined, patch: MediaPatch): DraftMedia {
  const base = current ?? {}
  const replaced = new Set((patch.captions ?? []).map((c) => c.lang))
  const captions = [...(base.captions ?? []).filter((c) => !replaced.has(c.lang)), ...(patch.captions ?? [])]
  const merged: DraftMedia = { ...base, ...patch }
  if (captions.length > 0) merged.captions = captions.sort((a, b) => a.lang.localeCompare(b.lang))
  else delete merged.captions
  return merged
}

/** Who sent the upload being submitted, and what it changes in the draft. */
export type Submission = { exhibitionId: string; defiId: string; linkId: number; patch: MediaPatch }

/**
 * Puts a finished upload's media into the draft, with the défi's status `submitted` (through the write side's
 * commands, never a file write); the published manifest is untouched until the organisers publish.
 */
export type SubmitMedia = (submission: Submission) => Promise<{ ok: true } | { ok: false; reason: Bilingual }>

/** Where a défi's published uploads live, relative to `media/`: `uploads/<exhibition>/<défi>/<version>`. */
export function uploadMediaFolder(exhibitionId: string, defiId: string, version: string): string {
  for (const part of [exhibitionId, defiId, version]) {
    // Ids come from the team link and the server, never from the client; still, a path is built from them.
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(part)) throw new Error(`unsafe path part: ${JSON.stringify(part)}`)
  }
  return `uploads/${exhibitionId}/${defiId}/${version}`
}
