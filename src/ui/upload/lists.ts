import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'

/** The kinds of deliverable a link may be. */
export const KINDS = ['website', 'source-code', 'dataset', 'report', 'video'] as const

// `shown` is the text in the page's language; `original` the value as the draft holds it (maybe in both languages),
// sent back untouched unless the team changed the text; `rest` the fields the form does not edit.
/** A deliverable link as the form edits it. */
export type Link = {
  title: string
  kind: (typeof KINDS)[number]
  url: string
  original?: unknown
  shown?: string
  rest?: object
}
/** A team member as the form edits them. */
export type Member = { name: string; role: string; original?: unknown; shown?: string; rest?: object }

function keep(text: string, original: unknown, shown: string | undefined): unknown {
  return original !== undefined && text === shown ? original : text
}

/** The draft's deliverables as form rows. */
export function linksOf(value: unknown, lang: Language): Link[] {
  if (!Array.isArray(value)) return []
  return value.map((d: { title?: unknown; kind?: Link['kind']; url?: string } & object) => {
    const shown = d.title === undefined ? '' : localize(d.title as never, lang)
    const { title: original, kind, url, ...rest } = d
    return { title: shown, kind: kind ?? 'website', url: url ?? '', original, shown, rest }
  })
}

/** The draft's team as form rows. */
export function membersOf(value: unknown, lang: Language): Member[] {
  if (!Array.isArray(value)) return []
  return value.map((p: { name?: string; role?: unknown } & object) => {
    const shown = p.role === undefined ? '' : localize(p.role as never, lang)
    const { name, role: original, ...rest } = p
    return { name: name ?? '', role: shown, original, shown, rest }
  })
}

/** Form rows back as the draft's deliverables. */
export function linksValue(links: Link[]): unknown[] {
  return links.map((l) => ({ ...l.rest, title: keep(l.title, l.original, l.shown), kind: l.kind, url: l.url.trim() }))
}

/** Form rows back as the draft's team. */
export function membersValue(members: Member[]): unknown[] {
  return members.map((m) => ({
    ...m.rest,
    name: m.name,
    ...(m.role.trim() && { role: keep(m.role, m.original, m.shown) }),
  }))
}
