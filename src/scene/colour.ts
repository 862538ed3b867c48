/** A colour as red, green and blue channels from 0 to 255 (sRGB). */
export type Rgb = { r: number; g: number; b: number }

/** Reads `#rrggbb` (the manifest's theme colours); anything else gives mid grey rather than throwing mid-frame. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) return { r: 128, g: 128, b: 128 }
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) }
}

/** Writes a colour as `#rrggbb`. */
export function toHex({ r, g, b }: Rgb): string {
  const part = (n: number) =>
    Math.round(Math.min(255, Math.max(0, n)))
      .toString(16)
      .padStart(2, '0')
  return `#${part(r)}${part(g)}${part(b)}`
}

/** `a` moved towards `b` by `t` (0 keeps `a`, 1 gives `b`), channel by channel in sRGB. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t }
}

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, from 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Near-black text, as on the 2D pages. */
export const INK: Rgb = { r: 22, g: 22, b: 22 }
/** White. */
export const PAPER: Rgb = { r: 255, g: 255, b: 255 }

/**
 * The text colour to write on `background`: white or near-black, whichever contrasts more. Signs are read from
 * across a room, so the winner must reach 4.5:1; a theme colour too mid-grey for either is darkened until it does.
 */
export function signColours(background: Rgb): { background: Rgb; text: Rgb } {
  let bg = background
  for (let step = 0; step < 20; step++) {
    const text = contrastRatio(bg, PAPER) >= contrastRatio(bg, INK) ? PAPER : INK
    if (contrastRatio(bg, text) >= 4.5) return { background: bg, text }
    bg = mix(bg, INK, 0.1)
  }
  return { background: INK, text: PAPER }
}

/** One sRGB channel (0–255) in the linear space three.js blends vertex colours in. */
export function toLinear(c: number): number {
  return channel(c)
}
