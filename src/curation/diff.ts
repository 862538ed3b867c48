import type { DraftDocument } from './types.ts'

/** One difference between two versions: which thing (a défi, room, session, the exhibition), which field, before, after. */
export type Change = {
  kind: 'defi' | 'room' | 'session' | 'recording' | 'exhibition'
  id: string
  /** The field that changed; absent when the whole thing was added or removed. */
  field?: string
  before?: unknown
  after?: unknown
}

type Entity = { id: string } & Record<string, unknown>

function compareFields(
  kind: Change['kind'],
  id: string,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Change[] {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'id' && f !== 'programme')
  return fields
    .filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
    .map((field) => ({ kind, id, field, before: a[field], after: b[field] }))
}

function compareLists(kind: Change['kind'], a: readonly Entity[], b: readonly Entity[]): Change[] {
  const before = new Map(a.map((e) => [e.id, e]))
  const after = new Map(b.map((e) => [e.id, e]))
  const changes: Change[] = []
  for (const [id, old] of before) {
    const now = after.get(id)
    if (!now) changes.push({ kind, id, before: old })
    else changes.push(...compareFields(kind, id, old, now))
  }
  for (const [id, now] of after) if (!before.has(id)) changes.push({ kind, id, after: now })
  const order = (list: readonly Entity[]) => list.map((e) => e.id).filter((id) => before.has(id) && after.has(id))
  if (JSON.stringify(order(a)) !== JSON.stringify(order(b))) {
    changes.push({ kind, id: '*', field: 'order', before: order(a), after: order(b) })
  }
  return changes
}

/** What changed from one version of a draft to another, in the terms organisers use; empty when nothing did. */
export function diffDrafts(a: DraftDocument, b: DraftDocument): Change[] {
  const list = (doc: DraftDocument, key: 'defis' | 'rooms' | 'recordings') => (doc[key] ?? []) as unknown as Entity[]
  return [
    ...compareFields('exhibition', a.exhibition.id, a.exhibition, b.exhibition),
    ...compareLists('session', (a.exhibition.programme ?? []) as Entity[], (b.exhibition.programme ?? []) as Entity[]),
    ...compareLists('room', list(a, 'rooms'), list(b, 'rooms')),
    ...compareLists('defi', list(a, 'defis'), list(b, 'defis')),
    ...compareLists('recording', list(a, 'recordings'), list(b, 'recordings')),
  ]
}
