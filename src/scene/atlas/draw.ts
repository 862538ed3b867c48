import { signColours, toHex, type Rgb } from '../colour.ts'
import { blockHeight, fitText, TITLE_LEADING, truncate, wrapText } from './textLayout.ts'

/** DSFR's Marianne first (declared by the scene itself: fonts.ts), then what every system has. */
export const FONT_FAMILY = 'Marianne, Arial, "Helvetica Neue", sans-serif'

/** A canvas font string. */
export const font = (size: number, weight: 400 | 700 = 400): string => `${weight} ${size}px ${FONT_FAMILY}`

const measurer = (ctx: CanvasRenderingContext2D, weight: 400 | 700) => (size: number) => {
  ctx.font = font(size, weight)
  return (text: string) => ctx.measureText(text).width
}

/** Fills the whole canvas, gutter included, so that mipmaps see this colour at the picture's edge. */
export function fillAll(ctx: CanvasRenderingContext2D, colour: Rgb | string): void {
  ctx.save()
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.fillStyle = typeof colour === 'string' ? colour : toHex(colour)
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  ctx.restore()
}

/** Writes `text` in a box, as large as `sizes` allow in `maxLines`; returns the y below the last line. */
export function writeFitted(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: {
    x: number
    y: number
    width: number
    maxLines: number
    sizes: readonly number[]
    weight?: 400 | 700
    maxHeight?: number
    /** Centres the block in `maxHeight` below `y`. */
    middle?: boolean
  },
  colour: Rgb | string,
  align: CanvasTextAlign = 'left',
): number {
  const weight = box.weight ?? 700
  const { size, lines } = fitText(text, box.width, box.maxLines, box.sizes, measurer(ctx, weight), box.maxHeight)
  ctx.font = font(size, weight)
  ctx.fillStyle = typeof colour === 'string' ? colour : toHex(colour)
  ctx.textAlign = align
  ctx.textBaseline = 'alphabetic'
  const lineHeight = size * TITLE_LEADING
  const x = align === 'center' ? box.x + box.width / 2 : box.x
  // Capitals and descenders sit inside the block: the baseline is about 0.8 of the size down from its top.
  const block = blockHeight(size, lines.length)
  const top = box.middle && box.maxHeight !== undefined ? box.y + (box.maxHeight - block) / 2 : box.y
  lines.forEach((line, i) => ctx.fillText(line, x, top + size * 0.85 + i * lineHeight))
  return top + block + Math.round(size * 0.3)
}

/** Writes wrapped text at a fixed size; returns the y below the last line. */
export function writeWrapped(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: { x: number; y: number; width: number; maxLines: number; size: number; weight?: 400 | 700 },
  colour: Rgb | string,
): number {
  const weight = box.weight ?? 400
  const measure = measurer(ctx, weight)(box.size)
  const lines = wrapText(text, box.width, box.maxLines, measure)
  ctx.font = font(box.size, weight)
  ctx.fillStyle = typeof colour === 'string' ? colour : toHex(colour)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  const lineHeight = Math.round(box.size * 1.25)
  lines.forEach((line, i) => ctx.fillText(line, box.x, box.y + box.size + i * lineHeight))
  return box.y + lines.length * lineHeight
}

/** Writes one line, cut with an ellipsis when too long. */
export function writeLine(
  ctx: CanvasRenderingContext2D,
  text: string,
  at: { x: number; y: number; width: number; size: number; weight?: 400 | 700 },
  colour: Rgb | string,
  align: CanvasTextAlign = 'left',
): void {
  const weight = at.weight ?? 400
  ctx.font = font(at.size, weight)
  ctx.fillStyle = typeof colour === 'string' ? colour : toHex(colour)
  ctx.textAlign = align
  ctx.textBaseline = 'alphabetic'
  const line = truncate(text, at.width, (t) => ctx.measureText(t).width)
  ctx.fillText(
    line,
    align === 'right' ? at.x + at.width : align === 'center' ? at.x + at.width / 2 : at.x,
    at.y + at.size,
  )
}

/** The light ground a poster is shown on: a transparent logo stays readable, a portrait one gets light margins. */
export const POSTER_GROUND = '#f6f6f6'

/**
 * Draws an image whole in the box, as CSS `object-fit: contain`: on `POSTER_GROUND`, so that its transparent parts
 * and the margins of a square or portrait poster are light, never black, and nothing of it is cropped.
 */
export function drawContain(
  ctx: CanvasRenderingContext2D,
  image: CanvasImageSource & { width: number; height: number },
  width: number,
  height: number,
): void {
  fillAll(ctx, POSTER_GROUND)
  const scale = Math.min(width / image.width, height / image.height)
  const w = image.width * scale
  const h = image.height * scale
  ctx.drawImage(image, (width - w) / 2, (height - h) / 2, w, h)
}

/** A title card in the room's colour, for a screen whose poster is missing or failed to load. */
export function drawTitleCard(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  theme: Rgb,
  lines: { title: string; subtitle: string; note?: string | undefined },
): void {
  const { background, text } = signColours(theme)
  fillAll(ctx, background)
  const { width, height } = size
  const pad = Math.round(width * 0.08)
  const titleSize = Math.round(height * 0.2)
  const bottom = writeFitted(
    ctx,
    lines.title,
    {
      x: pad,
      y: Math.round(height * 0.18),
      width: width - 2 * pad,
      maxLines: 2,
      sizes: [titleSize, titleSize * 0.8, titleSize * 0.65, titleSize * 0.5].map(Math.round),
    },
    text,
    'center',
  )
  writeLine(
    ctx,
    lines.subtitle,
    { x: pad, y: bottom, width: width - 2 * pad, size: Math.round(height * 0.09) },
    text,
    'center',
  )
  if (lines.note) {
    const size = Math.round(height * 0.075)
    writeLine(ctx, lines.note, { x: pad, y: height - pad - size, width: width - 2 * pad, size }, text, 'center')
  }
}
