import type { Layout } from '../../layout/index.ts'
import type { Defi, Language, Manifest } from '../../manifest/index.ts'
// From its own module: the package index would bring zod (the whole schema) into the 3D chunk.
import { localize } from '../../manifest/text.ts'
import { INK, mix, PAPER, parseHex, signColours, toHex, type Rgb } from '../colour.ts'
import { programmeBoard } from '../programme/board.ts'
import type { AuditoriumFeature } from '../programme/programme.ts'
import type { Paint } from './atlasTexture.ts'
import { drawCover, drawTitleCard, fillAll, writeFitted, writeLine, writeWrapped } from './draw.ts'
import { sceneLabels } from './labels.ts'
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

const GREY: Rgb = { r: 58, g: 58, b: 58 }

function themeOf(ctx: PaintContext, roomId: string): Rgb {
  return parseHex(ctx.layout.rooms.find((r) => r.id === roomId)?.themeColor ?? '#000091')
}

function standHeader(defi: Defi, theme: Rgb): Paint {
  return (ctx, width, height) => {
    fillAll(ctx, PAPER)
    const stripe = Math.round(height * 0.12)
    ctx.fillStyle = toHex(theme)
    ctx.fillRect(0, 0, stripe, height)
    const pad = Math.round(height * 0.1)
    const x = stripe + pad
    const inner = width - x - pad
    const titleSize = Math.round(height * 0.42)
    const below = writeFitted(
      ctx,
      defi.title,
      {
        x,
        y: pad * 0.6,
        width: inner,
        maxLines: 1,
        sizes: [titleSize, titleSize * 0.85, titleSize * 0.7, titleSize * 0.6].map(Math.round),
      },
      INK,
    )
    writeLine(
      ctx,
      defi.administration.name,
      { x, y: Math.min(below, height - pad - height * 0.22), width: inner, size: Math.round(height * 0.22) },
      GREY,
    )
  }
}

function standPoster(defi: Defi, theme: Rgb, image: PosterImage, lang: Language): Paint {
  return (ctx, width, height) => {
    if (image && image !== 'failed') {
      fillAll(ctx, '#000000')
      drawCover(ctx, image, 0, 0, width, height)
      return
    }
    const hasVideo = Boolean(defi.media?.hls || defi.media?.mp4)
    drawTitleCard(ctx, { width, height }, theme, {
      title: defi.title,
      subtitle: defi.administration.name,
      note: hasVideo ? undefined : sceneLabels(lang).noVideo,
    })
  }
}

function standPanel(defi: Defi, lang: Language): Paint {
  return (ctx, width, height) => {
    const labels = sceneLabels(lang)
    fillAll(ctx, '#f6f6f6')
    const pad = Math.round(width * 0.07)
    const head = Math.round(height * 0.12)
    const inner = width - 2 * pad
    if (defi.deliverables.length === 0) {
      writeLine(ctx, labels.inShort, { x: pad, y: pad, width: inner, size: head, weight: 700 }, INK)
      writeWrapped(
        ctx,
        localize(defi.pitch, lang),
        { x: pad, y: pad + head * 1.5, width: inner, maxLines: 6, size: Math.round(head * 0.72) },
        INK,
      )
      return
    }
    writeLine(ctx, labels.deliverables, { x: pad, y: pad, width: inner, size: head, weight: 700 }, INK)
    let y = pad + head * 1.6
    const size = Math.round(head * 0.7)
    for (const d of defi.deliverables.slice(0, 4)) {
      if (y + size * 2 > height - pad) break
      writeLine(
        ctx,
        labels.kinds[d.kind],
        { x: pad, y, width: inner, size: Math.round(size * 0.85), weight: 700 },
        GREY,
      )
      y =
        writeWrapped(ctx, localize(d.title, lang), { x: pad, y: y + size, width: inner, maxLines: 2, size }, INK) +
        size * 0.35
    }
  }
}

function sign(title: string, theme: Rgb): Paint {
  return (ctx, width, height) => {
    const { background, text } = signColours(theme)
    fillAll(ctx, background)
    const pad = Math.round(height * 0.1)
    const big = Math.round(height * 0.6)
    const sizes = [1, 0.85, 0.72, 0.62, 0.52, 0.44, 0.36].map((k) => Math.round(big * k))
    const box = {
      x: pad,
      y: pad,
      width: width - 2 * pad,
      maxHeight: height - 2 * pad,
      maxLines: 2,
      sizes,
      middle: true,
    }
    writeFitted(ctx, title, box, text, 'center')
  }
}

function board(c: PaintContext, theme: Rgb): Paint {
  return (ctx, width, height) => {
    const labels = sceneLabels(c.lang)
    fillAll(ctx, PAPER)
    const pad = Math.round(width * 0.04)
    const inner = width - 2 * pad
    const { background, text } = signColours(theme)
    const bar = Math.round(height * 0.16)
    ctx.fillStyle = toHex(background)
    ctx.fillRect(0, 0, width, bar)
    writeLine(
      ctx,
      labels.programme,
      { x: pad, y: bar * 0.2, width: inner, size: Math.round(bar * 0.55), weight: 700 },
      text,
    )
    const days = programmeBoard(c.manifest, c.lang, c.now)
    const row = Math.round(height * 0.062)
    let y = bar + pad * 0.6
    if (days.length === 0) writeLine(ctx, labels.noProgramme, { x: pad, y, width: inner, size: row }, INK)
    const timeWidth = Math.round(inner * 0.32)
    for (const day of days) {
      if (y + row * 2.5 > height) break
      writeLine(ctx, day.date, { x: pad, y, width: inner, size: Math.round(row * 0.85), weight: 700 }, GREY)
      y += row * 1.35
      for (const r of day.rows) {
        if (y + row * 1.3 > height - pad * 0.5) break
        if (r.now) {
          ctx.fillStyle = toHex(background)
          ctx.fillRect(pad * 0.5, y - row * 0.15, width - pad, row * 1.4)
        }
        const ink = r.now ? text : INK
        writeLine(ctx, r.time, { x: pad, y, width: timeWidth - pad * 0.5, size: row }, ink)
        const title = r.now ? `${r.title} · ${labels.now}` : r.title
        const place = r.place ? ` (${r.place})` : ''
        writeLine(
          ctx,
          `${title}${place}`,
          { x: pad + timeWidth, y, width: inner - timeWidth, size: row, weight: r.now ? 700 : 400 },
          ink,
        )
        y += row * 1.45
      }
    }
  }
}

function screenPoster(c: PaintContext, roomId: string, theme: Rgb): Paint {
  const feature = c.features.get(roomId) ?? null
  const image = feature?.media.poster ? c.posters.get(feature.media.poster.src) : undefined
  return (ctx, width, height) => {
    if (image && image !== 'failed') {
      fillAll(ctx, '#000000')
      drawCover(ctx, image, 0, 0, width, height)
      return
    }
    const title = feature?.recording
      ? localize(feature.recording.title, c.lang)
      : localize(c.manifest.exhibition.title, c.lang)
    const room = c.layout.rooms.find((r) => r.id === roomId)
    drawTitleCard(ctx, { width, height }, mix(theme, INK, 0.3), {
      title,
      subtitle: room ? localize(room.title, c.lang) : '',
      note: feature ? undefined : sceneLabels(c.lang).noVideo,
    })
  }
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
