import type { Layout } from '../../layout/index.ts'
import type { Language, Manifest, MediaSet } from '../../manifest/index.ts'
import { auditoriumScreen, standScreen } from '../atlas/quadPlan.ts'
import type { AuditoriumFeature } from '../programme/programme.ts'
import type { ScreenSpec } from './screenDirector.ts'

function request(media: MediaSet, lang: Language): ScreenSpec['request'] {
  return { hls: media.hls, mp4: media.mp4, poster: media.poster?.src, captions: media.captions, lang }
}

/** Every screen that can play: one per stand whose défi has a video, and the auditorium's with its feature at `now`. */
export function screenSpecs(
  layout: Layout,
  manifest: Manifest,
  lang: Language,
  features: ReadonlyMap<string, AuditoriumFeature | null>,
): ScreenSpec[] {
  const defis = new Map(manifest.defis.map((d) => [d.id, d]))
  const specs: ScreenSpec[] = []
  for (const stand of layout.stands) {
    const media = defis.get(stand.defiId)?.media
    if (!media || (!media.hls && !media.mp4)) continue
    specs.push({
      key: `stand:${stand.defiId}`,
      defiId: stand.defiId,
      roomId: stand.roomId,
      placement: standScreen(stand),
      request: request(media, lang),
    })
  }
  for (const room of layout.rooms) {
    const feature = features.get(room.id)
    if (room.kind !== 'auditorium' || !feature) continue
    // The key names what plays, so that the screen switches source when the programme moves on.
    const what = feature.reason === 'live' ? `live:${feature.session?.id}` : `rec:${feature.recording?.id}`
    specs.push({
      key: `auditorium:${room.id}:${what}`,
      defiId: null,
      roomId: room.id,
      placement: auditoriumScreen(room.screen),
      request: request(feature.media, lang),
    })
  }
  return specs
}
