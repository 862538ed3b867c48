/** Font weight of a text block on the title card. */
export type Weight = 'regular' | 'bold'

/** A text block broken into lines at the font size that lets it fit. */
export type FittedText = { size: number; lines: string[] }

const NARROW = new Set("iljtfrI.,;:!'’|()[]{} -/")
const WIDE = new Set('mwMW@%')

/**
 * Width of `text` in pixels at `size`, in DejaVu Sans, overestimated a little. Lower-case letters are about
 * 0.62 em in the regular face (0.70 in bold): a per-class table is close enough to wrap lines safely.
 */
export function textWidth(text: string, size: number, weight: Weight): number {
  let em = 0
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.4
    else if (WIDE.has(ch)) em += 1.05
    else if (ch >= 'A' && ch <= 'Z') em += 0.8
    else em += 0.7
  }
  return em * size * (weight === 'bold' ? 1 : 0.92)
}

/** Collapses runs of white space and drops control characters, so one manifest line stays one line of text. */
export function cleanText(text: string): string {
  // No-break spaces are kept: French puts them inside « » and before colons.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[^\S\u00a0]+/g, ' ').trim()
}

function wrap(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    // A single word longer than the line is cut where it overflows.
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1
      while (cut > 1 && !fits(line.slice(0, cut))) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line) lines.push(line)
  return lines
}

function ellipsize(line: string, fits: (line: string) => boolean): string {
  let out = line
  while (out.length > 0 && !fits(`${out}…`)) out = out.slice(0, -1)
  return `${out.trimEnd()}…`
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at the largest of `sizes` (largest first)
 * that holds it; at the smallest size, what does not fit is cut with an ellipsis.
 */
export function fitText(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  maxLines: number,
  weight: Weight,
): FittedText {
  const words = cleanText(text).split(' ').filter(Boolean)
  let last: FittedText = { size: sizes[sizes.length - 1] ?? 24, lines: [] }
  for (const size of sizes) {
    const fits = (line: string) => textWidth(line, size, weight) <= maxWidth
    const lines = wrap(words, fits)
    if (lines.length <= maxLines) return { size, lines }
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, fits)
    last = { size, lines: kept }
  }
  return last
}
