import type { Layout } from '../../layout/index.ts'
import type { Language, Manifest } from '../../manifest/index.ts'
import { parseHex, type Rgb } from '../colour.ts'
import type { AuditoriumFeature } from '../programme/programme.ts'
import type { Paint } from './atlasTexture.ts'
import { board, screenPoster, sign } from './paintRoom.ts'
import { standHeader, standPanel, standPoster } from './paintStand.ts'
// From its own module: the package index would bring zod (the whole schema) into the 3D chunk.
import { localize } from '../../manifest/text.ts'
import type { QuadSubject } from './quadPlan.ts'

/** A poster as the painter sees it: loaded, failed, or not asked for (the stand has none). */
export type PosterImage = HTMLImageElement | 'failed' | undefined

/** What the painters read. */
export type PaintContext = {
  manifest: Manifest
  layout: Layout
  lang: Language
  now: number
  /** The auditorium's feature at `now`, by auditorium id. */
  features: ReadonlyMap<string, AuditoriumFeature | null>
  /** Loaded posters by media path. */
  posters: ReadonlyMap<string, PosterImage>
}

function themeOf(ctx: PaintContext, roomId: string): Rgb {
  return parseHex(ctx.layout.rooms.find((r) => r.id === roomId)?.themeColor ?? '#000091')
}

/** The painter of one atlas picture; null for a stand whose défi is missing from the manifest. */
export function painterFor(subject: QuadSubject, c: PaintContext): Paint | null {
  if ('defiId' in subject) {
    const defi = c.manifest.defis.find((d) => d.id === subject.defiId)
    const stand = c.layout.stands.find((s) => s.defiId === subject.defiId)
    if (!defi || !stand) return null
    const theme = themeOf(c, stand.roomId)
    if (subject.kind === 'standHeader') return standHeader(defi, theme)
    if (subject.kind === 'standPanel') return standPanel(defi, c.lang)
    const poster = defi.media?.poster ? c.posters.get(defi.media.poster.src) : undefined
    return standPoster(defi, theme, poster, c.lang)
  }
  const theme = themeOf(c, subject.roomId)
  if (subject.kind === 'board') return board(c, theme)
  if (subject.kind === 'screenPoster') return screenPoster(c, subject.roomId, theme)
  const room = c.layout.rooms.find((r) => r.id === subject.roomId)
  return sign(room ? localize(room.title, c.lang) : '', theme)
}
