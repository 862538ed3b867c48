import { formatPath, parseManifest, type LocalizedText, type ManifestError, type MediaSet } from '../manifest/index.ts'

/** Why a draft cannot be published yet: where (a JSON path into the draft) and what, in French and English. */
export type PublishBlocker = ManifestError

const hasFrench = (text: LocalizedText): boolean => typeof text === 'string' || text.fr !== undefined

function posterBlockers(media: MediaSet | undefined, at: (string | number)[]): PublishBlocker[] {
  if (!media?.poster || hasFrench(media.poster.alt)) return []
  return [
    {
      path: formatPath([...at, 'poster', 'alt']),
      message: {
        fr: 'une affiche sans texte alternatif en français',
        en: 'a poster without alternative text in French',
      },
    },
  ]
}

/**
 * What stops a draft from being published, empty when nothing does: the manifest parses; every approved défi has a
 * video (HLS or MP4) and French captions; every poster visitors can see (défis that are not drafts, their extras,
 * recordings) has alternative text in French. Pure, so that the curation screen shows them before anyone publishes.
 */
export function publishBlockers(draft: unknown): PublishBlocker[] {
  const parsed = parseManifest(draft)
  if (!parsed.ok) return parsed.errors
  const blockers: PublishBlocker[] = []
  parsed.manifest.defis.forEach((defi, i) => {
    const at = ['defis', i]
    if (defi.status === 'approved') {
      const media = defi.media
      if (!media?.hls && !media?.mp4) {
        blockers.push({
          path: formatPath([...at, 'media']),
          message: {
            fr: `le défi « ${defi.id} » est approuvé mais n'a pas de vidéo`,
            en: `défi "${defi.id}" is approved but has no video`,
          },
        })
      }
      if (!media?.captions.some((c) => c.lang === 'fr')) {
        blockers.push({
          path: formatPath([...at, 'media', 'captions']),
          message: {
            fr: `le défi « ${defi.id} » est approuvé mais n'a pas de sous-titres en français`,
            en: `défi "${defi.id}" is approved but has no French captions`,
          },
        })
      }
    }
    if (defi.status === 'draft') return
    blockers.push(...posterBlockers(defi.media, [...at, 'media']))
    defi.extras.forEach((extra, j) => blockers.push(...posterBlockers(extra.media, [...at, 'extras', j, 'media'])))
  })
  parsed.manifest.recordings.forEach((r, i) => blockers.push(...posterBlockers(r.media, ['recordings', i, 'media'])))
  return blockers
}
