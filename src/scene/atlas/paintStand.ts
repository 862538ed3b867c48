import type { Defi, Language } from '../../manifest/index.ts'
import { localize } from '../../manifest/text.ts'
import { INK, PAPER, toHex, type Rgb } from '../colour.ts'
import type { Paint } from './atlasTexture.ts'
import { drawContain, drawTitleCard, fillAll, writeFitted, writeLine, writeWrapped } from './draw.ts'
import { sceneLabels } from './labels.ts'
import type { PosterImage } from './painters.ts'

/** Secondary text: the administration, the deliverables' kinds. */
export const GREY: Rgb = { r: 58, g: 58, b: 58 }

/** The fascia: the défi's title, large, and its administration, on white with a stripe of the room's colour. */
export function standHeader(defi: Defi, theme: Rgb): Paint {
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

/** The screen when no video plays: the poster, or a title card when there is none or it failed to load. */
export function standPoster(defi: Defi, theme: Rgb, image: PosterImage, lang: Language): Paint {
  return (ctx, width, height) => {
    if (image && image !== 'failed') {
      drawContain(ctx, image, width, height)
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

/** The panel beside the screen: the deliverables by kind, or the pitch when there are none. */
export function standPanel(defi: Defi, lang: Language): Paint {
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
    // The last line is kept for "+ N more" whenever not all of them fit.
    const bottom = height - pad - size * 1.2
    let shown = 0
    for (const d of defi.deliverables) {
      const last = shown === defi.deliverables.length - 1
      if (y + size * 2 > (last ? height - pad : bottom)) break
      writeLine(
        ctx,
        labels.kinds[d.kind],
        { x: pad, y, width: inner, size: Math.round(size * 0.85), weight: 700 },
        GREY,
      )
      y =
        writeWrapped(ctx, localize(d.title, lang), { x: pad, y: y + size, width: inner, maxLines: 2, size }, INK) +
        size * 0.35
      shown++
    }
    const more = defi.deliverables.length - shown
    if (more > 0) {
      const at = { x: pad, y: height - pad - size, width: inner, size, weight: 700 as const }
      writeLine(ctx, labels.more(more), at, INK)
    }
  }
}
