/** Measures a string's width in pixels at the current font (a 2D canvas's `measureText` in the browser). */
export type Measure = (text: string) => number

const ELLIPSIS = '…'

/** Shortens `text` with an ellipsis until it fits `maxWidth`. */
export function truncate(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text
  let end = text.length
  while (end > 0 && measure(text.slice(0, end).trimEnd() + ELLIPSIS) > maxWidth) end--
  return end === 0 ? '' : text.slice(0, end).trimEnd() + ELLIPSIS
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces; a word too long for a line is cut,
 * and what does not fit ends the last line with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  const lines: string[] = []
  let line = ''
  let next = 0
  while (next < words.length && lines.length < maxLines) {
    const word = words[next]!
    const candidate = line === '' ? word : `${line} ${word}`
    if (measure(candidate) <= maxWidth) {
      line = candidate
      next++
    } else if (line !== '') {
      lines.push(line)
      line = ''
    } else {
      // A single word wider than the line: keep what fits of it.
      lines.push(truncate(word, maxWidth, measure))
      next++
    }
  }
  if (line !== '' && lines.length < maxLines) {
    lines.push(line)
    line = ''
  }
  const last = lines.length - 1
  if ((next < words.length || line !== '') && last >= 0 && !lines[last]!.endsWith(ELLIPSIS)) {
    lines[last] = truncate(`${lines[last]!}${ELLIPSIS}`, maxWidth, measure)
  }
  return lines
}

/** Line height as a multiple of the font size, for titles. */
export const TITLE_LEADING = 1.15

/** The height of `lines` lines of titles at `size`, from the top of the first to the baseline of the last. */
export const blockHeight = (size: number, lines: number): number => size * (1 + (lines - 1) * TITLE_LEADING)

/**
 * The largest font size from `sizes` (largest first) at which `text` fits in `maxLines` lines of `maxWidth`, and in
 * `maxHeight` when given, with its lines.
 */
export function fitText(
  text: string,
  maxWidth: number,
  maxLines: number,
  sizes: readonly number[],
  measureAt: (size: number) => Measure,
  maxHeight = Infinity,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const measure = measureAt(size)
    const lines = wrapText(text, maxWidth, maxLines, measure)
    if (!lines.some((l) => l.endsWith(ELLIPSIS)) && blockHeight(size, lines.length) <= maxHeight) return { size, lines }
  }
  const size = sizes[sizes.length - 1] ?? 16
  return { size, lines: wrapText(text, maxWidth, maxLines, measureAt(size)) }
}
