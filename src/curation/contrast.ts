// The WCAG formulas, as src/scene/colour.ts has them: curation is pure and may not import the scene.
const channel = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) return 0.2
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16))) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The two text colours the 3D signs write on a room's colour (white, or the 2D pages' near-black). */
export const SIGN_TEXT = { light: '#ffffff', dark: '#161616' } as const

/**
 * How a room's theme colour reads under the text painted on it: the signs take whichever of white and near-black
 * contrasts more; below 4.5:1 (WCAG AA) the scene has to darken the colour, so the organiser is told.
 */
export function themeContrast(themeColor: string): { text: string; ratio: number; ok: boolean } {
  const light = contrastRatio(themeColor, SIGN_TEXT.light)
  const dark = contrastRatio(themeColor, SIGN_TEXT.dark)
  const ratio = Math.max(light, dark)
  return { text: light >= dark ? SIGN_TEXT.light : SIGN_TEXT.dark, ratio, ok: ratio >= 4.5 }
}
