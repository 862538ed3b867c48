import type { MediaSet, Manifest } from './schema.ts'

/** A media file a manifest names, where it is named, and whether its stand is approved. */
export type MediaReference = { path: string; at: string; required: boolean }

function fromSet(set: MediaSet, at: string, required: boolean): MediaReference[] {
  const refs: MediaReference[] = []
  if (set.hls) refs.push({ path: set.hls, at: `${at}.hls`, required })
  if (set.mp4) refs.push({ path: set.mp4, at: `${at}.mp4`, required })
  if (set.poster) refs.push({ path: set.poster.src, at: `${at}.poster.src`, required })
  set.captions.forEach((c, i) => refs.push({ path: c.src, at: `${at}.captions[${i}].src`, required }))
  return refs
}

/**
 * Every media file the manifest names. Files of approved défis and of recordings are required;
 * files of drafts and submissions may still be on their way.
 */
export function listMediaReferences(manifest: Manifest): MediaReference[] {
  const refs: MediaReference[] = []
  manifest.defis.forEach((defi, d) => {
    const required = defi.status === 'approved'
    if (defi.media) refs.push(...fromSet(defi.media, `$.defis[${d}].media`, required))
    defi.extras.forEach((extra, e) => refs.push(...fromSet(extra.media, `$.defis[${d}].extras[${e}].media`, required)))
  })
  manifest.recordings.forEach((rec, r) => refs.push(...fromSet(rec.media, `$.recordings[${r}].media`, true)))
  return refs
}
