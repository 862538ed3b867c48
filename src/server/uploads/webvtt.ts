import type { Bilingual } from '../../manifest/index.ts'

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$/
// The tags WebVTT itself knows (class, italic, bold, underline, voice, language, ruby, karaoke timestamps):
// anything else in a cue is text and is written escaped, so no player ever takes it for markup.
const KNOWN_TAG =
  /^<\/?(?:c|i|b|u|v|lang|ruby|rt)(?:\.[\w.-]*)?(?:[ \t][^<>]*)?>$|^<\d{2,}:[0-5]\d:[0-5]\d\.\d{3}>$|^<[0-5]\d:[0-5]\d\.\d{3}>$/

function seconds(text: string): number | null {
  const m = TIMESTAMP.exec(text)
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000 : null
}

function escapeCueText(line: string): string {
  return line.replace(/<[^<>]*>|[<>]/g, (part) =>
    KNOWN_TAG.test(part) ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  )
}

/** A caption file checked and written again: cue text kept as text, or why it is not WebVTT. */
export type VttResult = { ok: true; text: string; cues: number } | { ok: false; reason: Bilingual }

const refuse = (fr: string, en: string): VttResult => ({ ok: false, reason: { fr, en } })

/**
 * Checks that `source` is WebVTT (the `WEBVTT` header, valid cue timings, at least one cue) and writes it again:
 * NOTE blocks kept, STYLE and REGION blocks dropped (a team's CSS has no business in the player), and any tag
 * WebVTT does not define escaped, so `<img src=x onerror=…>` is shown as those very characters.
 */
export function sanitizeWebVtt(source: string): VttResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.includes('\0'))
    return refuse('le fichier de sous-titres contient un octet nul', 'the caption file holds a NUL byte')
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text)) {
    return refuse(
      'le fichier de sous-titres doit commencer par « WEBVTT »',
      'the caption file must start with "WEBVTT"',
    )
  }
  const blocks = text.split(/\n(?:[ \t]*\n)+/)
  const out: string[] = ['WEBVTT']
  let cues = 0
  for (const [i, block] of blocks.slice(1).entries()) {
    const lines = block.split('\n').filter((line, j, all) => j < all.length - 1 || line.trim() !== '')
    if (lines.length === 0) continue
    const head = lines[0]!
    if (/^NOTE(?:[ \t]|$)/.test(head)) {
      out.push(lines.map(escapeCueText).join('\n'))
      continue
    }
    if (/^(?:STYLE|REGION)[ \t]*$/.test(head)) continue
    const timingAt = head.includes('-->') ? 0 : lines[1]?.includes('-->') ? 1 : -1
    if (timingAt < 0) {
      return refuse(`bloc ${i + 1} : ni repère ni note`, `block ${i + 1}: neither a cue nor a note`)
    }
    const timing = TIMING.exec(lines[timingAt]!.trim())
    const start = timing ? seconds(timing[1]!) : null
    const end = timing ? seconds(timing[2]!) : null
    if (start === null || end === null || end <= start) {
      return refuse(`repère ${cues + 1} : horodatage invalide`, `cue ${cues + 1}: invalid timing`)
    }
    const id = timingAt === 1 ? [escapeCueText(head)] : []
    const settings = (timing![3] ?? '').replace(/[<>&]/g, '')
    out.push(
      [
        ...id,
        `${timing![1]} --> ${timing![2]}${settings ? ` ${settings}` : ''}`,
        ...lines.slice(timingAt + 1).map(escapeCueText),
      ].join('\n'),
    )
    cues++
  }
  if (cues === 0) return refuse('le fichier de sous-titres ne contient aucun repère', 'the caption file holds no cue')
  return { ok: true, text: `${out.join('\n\n')}\n`, cues }
}
