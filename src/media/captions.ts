import type { Language } from '../manifest/index.ts'
import type { Dictionary } from '../manifest/translations.ts'
import type { SetFacts } from './sets.ts'
import { cleanText } from './textFit.ts'

const LINE = 42
const NBSP = '\u00a0'

/** How a demo caption names a recording's kind. */
export const RECORDING_KIND_CAPTIONS = {
  panel: { fr: 'Panel', en: 'Panel' },
  'round-table': { fr: 'Table ronde', en: 'Round table' },
  talk: { fr: 'Conférence', en: 'Talk' },
  recording: { fr: 'Enregistrement', en: 'Recording' },
} as const satisfies Dictionary

function quote(text: string, lang: Language): string {
  return lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`
}

/** Cuts a sentence into caption lines of at most 42 characters, the usual limit for legibility. */
export function captionLines(text: string, width = LINE): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of cleanText(text).split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function summaryCues(summary: string): string[] {
  const lines = captionLines(summary)
  const cues: string[] = []
  // Two lines per cue, two cues at most: a placeholder clip is short.
  for (let i = 0; i < lines.length && cues.length < 2; i += 2) cues.push(lines.slice(i, i + 2).join('\n'))
  if (lines.length > 4) cues[1] = `${cues[1]}…`
  return cues
}

/** The texts of the cues of a placeholder clip, in `lang`: what it is, who made it, its pitch, the exhibition. */
export function captionTexts(facts: SetFacts, lang: Language): string[] {
  const fr = lang === 'fr'
  const title = facts.title[lang]
  const cues: string[] = []
  if (facts.kind === 'defi') cues.push(fr ? `Restitution du défi ${quote(title, lang)}.` : `Final presentation of ${quote(title, lang)}.`)
  if (facts.kind === 'extra') {
    const parent = quote(facts.parent ?? '', lang)
    cues.push(fr ? `${title}${NBSP}: dans les coulisses du défi ${parent}.` : `${title}: behind the scenes of ${parent}.`)
  }
  if (facts.kind === 'recording') {
    const named = facts.recordingKind ?? 'talk'
    const kind = RECORDING_KIND_CAPTIONS[Object.hasOwn(RECORDING_KIND_CAPTIONS, named) ? (named as 'talk') : 'recording']
    cues.push(`${kind[lang]}${fr ? `${NBSP}:` : ':'} ${quote(title, lang)}.`)
    if (facts.moderator) cues.push(fr ? `Animé par ${facts.moderator}.` : `Moderated by ${facts.moderator}.`)
    if (facts.by) cues.push(fr ? `Avec ${facts.by}.` : `With ${facts.by}.`)
  } else {
    cues.push(fr ? `Administration porteuse${NBSP}: ${facts.by}.` : `Host administration: ${facts.by}.`)
  }
  const summary = facts.summary[lang]
  if (summary) cues.push(...summaryCues(summary))
  else cues.push(fr ? 'Enregistrement de la Demo Day.' : 'Recorded at the Demo Day.')
  cues.push(fr ? `${facts.exhibition[lang]} — vidéo de démonstration.` : `${facts.exhibition[lang]} — placeholder video.`)
  return cues.slice(0, 5).map((cue) => cue.split('\n').flatMap((line) => captionLines(line)).join('\n'))
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor(ms / 60_000) % 60
  const s = Math.floor(ms / 1000) % 60
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

function escapeCue(text: string): string {
  // In WebVTT, & and < start entities and tags, and "-->" in a cue would read as a timing line.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A WebVTT file showing `cues` one after the other, spread evenly between 0.5 s and the last half-second. */
export function webVtt(cues: readonly string[], durationSeconds: number): string {
  const start = 0.5
  const slot = (durationSeconds - 1) / Math.max(1, cues.length)
  const blocks = cues.map((text, i) => {
    const from = start + i * slot
    const to = from + slot - 0.2
    const body = text
      .split('\n')
      .map((line) => escapeCue(cleanText(line)))
      .filter(Boolean)
      .join('\n')
    return `${i + 1}\n${timestamp(from)} --> ${timestamp(to)}\n${body}`
  })
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}
