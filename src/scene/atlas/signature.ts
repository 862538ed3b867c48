import type { AuditoriumFeature } from '../programme/programme.ts'
import { sessionsAt } from '../programme/programme.ts'
import type { PaintContext, PosterImage } from './painters.ts'
import type { QuadSubject } from './quadPlan.ts'

const state = (image: PosterImage) => (image === undefined ? 'none' : image === 'failed' ? 'failed' : 'loaded')

/**
 * What a picture depends on, as a string: a picture is painted again only when its signature changes (the language,
 * its poster arriving, the session on the board), not on every render.
 */
export function signature(subject: QuadSubject, c: PaintContext): string {
  switch (subject.kind) {
    case 'standPoster': {
      const path = c.manifest.defis.find((d) => d.id === subject.defiId)?.media?.poster?.src
      return `${c.lang}|${path ? state(c.posters.get(path)) : 'none'}`
    }
    case 'board':
      return `${c.lang}|${sessionsAt(c.manifest, c.now)
        .map((s) => s.id)
        .join(',')}`
    case 'screenPoster': {
      const feature: AuditoriumFeature | null = c.features.get(subject.roomId) ?? null
      const path = feature?.media.poster?.src
      return `${c.lang}|${feature?.recording?.id ?? ''}|${path ? state(c.posters.get(path)) : 'none'}`
    }
    default:
      return c.lang
  }
}
