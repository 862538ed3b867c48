/** One caption of a WebVTT file, as plain text, with its times in seconds. */
export type Cue = { start: number; end: number; text: string; speaker?: string }

// hh:mm:ss.ttt or mm:ss.ttt, as WebVTT writes timestamps.
const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)/

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
}

/** Seconds for a WebVTT timestamp, or null when it is not one. */
export function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text)
  if (!m) return null
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** A cue's payload as text: tags (voice, class, bold, karaoke timestamps) dropped, entities decoded. */
function payload(lines: string[]): { text: string; speaker?: string } {
  const raw = lines.join('\n')
  const speaker = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw)?.[1]?.trim()
  const text = decodeEntities(raw.replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
  return speaker ? { text, speaker: decodeEntities(speaker) } : { text }
}

/**
 * Reads the cues of a WebVTT file, in file order. Lenient as browsers are: blocks that are not cues (NOTE,
 * STYLE, REGION, broken timings) are skipped, never thrown on. A file without the WEBVTT header has no cues.
 */
export function parseVtt(source: string): Cue[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!/^WEBVTT(?:[ \t]|\n|$)/.test(text)) return []
  const cues: Cue[] = []
  // The header block ends at the first blank line; every later block is a cue or something to skip.
  for (const block of text.split(/\n(?:[ \t]*\n)+/).slice(1)) {
    const lines = block.split('\n')
    const timingAt = lines.findIndex((line) => line.includes('-->'))
    // A cue's timing is its first line, or its second after an identifier.
    if (timingAt < 0 || timingAt > 1) continue
    const m = TIMING.exec(lines[timingAt]!.trim())
    const start = m ? parseTimestamp(m[1]!) : null
    const end = m ? parseTimestamp(m[2]!) : null
    if (start === null || end === null || end < start) continue
    const cue = payload(lines.slice(timingAt + 1))
    if (cue.text !== '') cues.push({ start, end, ...cue })
  }
  return cues
}

/** A time as a video player shows it: « 0:07 », « 12:05 », « 1:02:03 ». */
export function formatCueTime(seconds: number): string {
  const total = Math.floor(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
