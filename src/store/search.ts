import type { Language } from '../manifest/fields.ts'
import type { Manifest, Person } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'

/** Why a result came up: its title, its administration, one of its people, or the theme of its room. */
export type MatchKind = 'defi' | 'administration' | 'person' | 'theme'

/** One search result: a stand to go to, or a room (a theme, or the auditorium of a speaker). */
export type SearchResult = {
  id: string
  kind: MatchKind
  roomId: string
  /** The stand to go to; absent for a room. */
  defiId?: string
  /** What the visitor reads: the défi's title, or the room's. */
  label: string
  /** The text that matched, when it is not the label (an administration, a person's name, a theme). */
  matched?: string
}

type Entry = Omit<SearchResult, 'kind' | 'matched'> & { fields: { kind: MatchKind; text: string; key: string }[] }

/** Text as searched: lower case, accents dropped, apostrophes and spaces made plain. */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
}

const field = (kind: MatchKind, text: string) => ({ kind, text, key: normalizeSearch(text) })
const people = (list: readonly Person[]) => list.map((p) => field('person', p.name))

/** Everything a search looks through, in visiting order: stands room by room, then rooms. */
export type SearchIndex = Entry[]

/** Builds the search index of a manifest in the interface language. */
export function buildSearchIndex(manifest: Manifest, lang: Language): SearchIndex {
  const defis = new Map(manifest.defis.map((d) => [d.id, d]))
  const entries: Entry[] = []
  const seen = new Set<string>()
  for (const room of manifest.rooms) {
    const theme = localize(room.title, lang)
    for (const id of room.stands) {
      const defi = defis.get(id)
      if (!defi || seen.has(id)) continue
      seen.add(id)
      entries.push({
        id: `defi:${id}`,
        roomId: room.id,
        defiId: id,
        label: defi.title,
        fields: [
          field('defi', defi.title),
          field('administration', defi.administration.name),
          ...people(defi.team),
          ...people(defi.mentors),
          field('theme', theme),
        ],
      })
    }
  }
  const auditorium = manifest.rooms.find((r) => r.kind === 'auditorium')
  for (const room of manifest.rooms) {
    if (room.kind === 'lobby') continue
    const speakers =
      room === auditorium
        ? manifest.recordings.flatMap((r) => people([...(r.moderator ? [r.moderator] : []), ...r.speakers]))
        : []
    const label = localize(room.title, lang)
    entries.push({ id: `room:${room.id}`, roomId: room.id, label, fields: [field('theme', label), ...speakers] })
  }
  return entries
}

const RANK: Record<MatchKind, number> = { defi: 0, administration: 1, person: 2, theme: 3 }

/**
 * The entries matching `query`, best first: every word of the query must appear in one field, accents and case
 * aside. Titles rank before administrations, people and themes; a match at the start of a word ranks first.
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const words = normalizeSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const scored: { result: SearchResult; score: number; order: number }[] = []
  index.forEach((entry, order) => {
    let best: { score: number; kind: MatchKind; text: string } | null = null
    for (const f of entry.fields) {
      if (!words.every((w) => f.key.includes(w))) continue
      const atWordStart = words.every((w) => f.key.startsWith(w) || f.key.includes(` ${w}`) || f.key.includes(`-${w}`))
      const score = RANK[f.kind] * 2 + (atWordStart ? 0 : 1)
      if (!best || score < best.score) best = { score, kind: f.kind, text: f.text }
    }
    if (!best) return
    const { fields: _fields, ...rest } = entry
    const result: SearchResult = { ...rest, kind: best.kind }
    if (best.text !== entry.label) result.matched = best.text
    scored.push({ result, score: best.score, order })
  })
  scored.sort((a, b) => a.score - b.score || a.order - b.order)
  return scored.slice(0, limit).map((s) => s.result)
}
