import {
  localize,
  type Defi,
  type Language,
  type LocalizedText,
  type Manifest,
  type MediaSet,
  type Recording,
} from '../manifest/index.ts'

/** Media paths under this prefix are placeholders this tool makes; anything else is real media, left alone. */
export const DEMO_PREFIX = 'demo/'

/** Clip length when the manifest gives none, and the range any length is clamped to, in seconds. */
export const DEFAULT_SECONDS = 12
export const MIN_SECONDS = 10
export const MAX_SECONDS = 20

const DEFAULT_COLOUR = '#000091'

/** What a placeholder clip says, in both languages where the manifest has both. */
export type SetFacts = {
  kind: 'defi' | 'extra' | 'recording'
  recordingKind?: Recording['kind']
  title: Record<Language, string>
  /** For an extra, the title of its défi. */
  parent?: string
  /** The administration of a défi, or the speakers of a recording. */
  by: string
  moderator?: string
  summary: Record<Language, string>
  exhibition: Record<Language, string>
}

/** The files of one media set that start with `demo/`, as the manifest names them. */
export type DemoOutputs = {
  hls?: string
  mp4?: string
  poster?: string
  captions: { lang: Language; path: string }[]
}

/** One placeholder clip to make: what it shows, how long, and where its files go. */
export type DemoSet = {
  label: string
  /** Where the set is named, e.g. `eig4.json $.defis[3].media`. */
  at: string
  durationSeconds: number
  colour: string
  facts: SetFacts
  outputs: DemoOutputs
}

function both(text: LocalizedText | undefined): Record<Language, string> {
  return { fr: localize(text, 'fr'), en: localize(text, 'en') }
}

function demoOutputs(media: MediaSet): DemoOutputs {
  const demo = (p: string | undefined) => (p?.startsWith(DEMO_PREFIX) ? p : undefined)
  const hls = demo(media.hls)
  const mp4 = demo(media.mp4)
  const poster = demo(media.poster?.src)
  return {
    ...(hls && { hls }),
    ...(mp4 && { mp4 }),
    ...(poster && { poster }),
    captions: media.captions.filter((c) => c.src.startsWith(DEMO_PREFIX)).map((c) => ({ lang: c.lang, path: c.src })),
  }
}

/** Every file a set will write, in the order they are named. */
export function outputPaths(outputs: DemoOutputs): string[] {
  return [outputs.hls, outputs.mp4, outputs.poster, ...outputs.captions.map((c) => c.path)].filter(
    (p): p is string => p !== undefined,
  )
}

/** The clip length for a manifest's `durationSeconds`: 12 s when absent, clamped to 10–20 s. */
export function clipSeconds(durationSeconds: number | undefined): number {
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, durationSeconds ?? DEFAULT_SECONDS))
}

function label(primary: string): string {
  const rest = primary.slice(DEMO_PREFIX.length)
  const slash = rest.lastIndexOf('/')
  return slash > 0 ? rest.slice(0, slash) : rest
}

function defiSets(manifest: Manifest, defi: Defi, d: number, file: string): DemoSet[] {
  const room = manifest.rooms.find((r) => r.stands.includes(defi.id))
  const common = {
    by: defi.administration.name,
    summary: both(defi.pitch),
    exhibition: both(manifest.exhibition.title),
  }
  const sets: DemoSet[] = []
  const add = (media: MediaSet, at: string, facts: SetFacts) => {
    const outputs = demoOutputs(media)
    const first = outputPaths(outputs)[0]
    if (!first) return
    const colour = room?.themeColor ?? DEFAULT_COLOUR
    sets.push({ label: label(first), at: `${file} ${at}`, durationSeconds: clipSeconds(media.durationSeconds), colour, facts, outputs })
  }
  if (defi.media) add(defi.media, `$.defis[${d}].media`, { kind: 'defi', title: both(defi.title), ...common })
  defi.extras.forEach((extra, e) =>
    add(extra.media, `$.defis[${d}].extras[${e}].media`, {
      kind: 'extra',
      title: both(extra.title),
      parent: defi.title,
      ...common,
    }),
  )
  return sets
}

function recordingSet(manifest: Manifest, rec: Recording, r: number, file: string): DemoSet | null {
  const outputs = demoOutputs(rec.media)
  const first = outputPaths(outputs)[0]
  if (!first) return null
  const auditorium = manifest.rooms.find((room) => room.kind === 'auditorium')
  return {
    label: label(first),
    at: `${file} $.recordings[${r}].media`,
    durationSeconds: clipSeconds(rec.media.durationSeconds),
    colour: auditorium?.themeColor ?? DEFAULT_COLOUR,
    facts: {
      kind: 'recording',
      recordingKind: rec.kind,
      title: both(rec.title),
      by: rec.speakers.map((s) => s.name).join(', '),
      ...(rec.moderator && { moderator: rec.moderator.name }),
      summary: both(rec.description),
      exhibition: both(manifest.exhibition.title),
    },
    outputs,
  }
}

/** The media sets of a manifest (défis, their extras, recordings) that name at least one `demo/` file. */
export function listDemoSets(manifest: Manifest, file: string): DemoSet[] {
  return [
    ...manifest.defis.flatMap((defi, d) => defiSets(manifest, defi, d, file)),
    ...manifest.recordings.flatMap((rec, r) => recordingSet(manifest, rec, r, file) ?? []),
  ]
}
