import { localize } from '../../manifest/text.ts'
import { INK, mix, PAPER, signColours, toHex, type Rgb } from '../colour.ts'
import { programmeBoard } from '../programme/board.ts'
import type { Paint } from './atlasTexture.ts'
import { drawContain, drawTitleCard, fillAll, writeFitted, writeLine } from './draw.ts'
import { sceneLabels } from './labels.ts'
import type { PaintContext } from './painters.ts'
import { GREY } from './paintStand.ts'

/** A room's title sign, in its theme colour with text of at least 4.5:1 contrast, as large as fits. */
export function sign(title: string, theme: Rgb): Paint {
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

/** The lobby's programme board: the sessions by day in the exhibition's time zone, the one on at "now" marked. */
export function board(c: PaintContext, theme: Rgb): Paint {
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

/** The auditorium screen when nothing plays: the feature's poster, or a title card. */
export function screenPoster(c: PaintContext, roomId: string, theme: Rgb): Paint {
  const feature = c.features.get(roomId) ?? null
  const image = feature?.media.poster ? c.posters.get(feature.media.poster.src) : undefined
  return (ctx, width, height) => {
    if (image && image !== 'failed') {
      drawContain(ctx, image, width, height)
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
