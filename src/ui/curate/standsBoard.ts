import type { DraftDocument } from '../../curation/index.ts'

/** The id of the column of stands in no room. */
export const UNPLACED = 'unplaced'

/** One column of the board: a themed room, or the stands placed nowhere. */
export type Column = {
  id: string
  room: string | null
  title: DraftDocument['rooms'][number]['title']
  stands: string[]
}

/** The board's columns: every themed room in order, then the défis no room holds. */
export function boardColumns(doc: DraftDocument, unplacedTitle: { fr: string; en: string }): Column[] {
  const themed = doc.rooms.filter((r) => r.kind === 'themed')
  const placed = new Set(themed.flatMap((r) => r.stands ?? []))
  const rest = (doc.defis ?? []).map((d) => d.id).filter((id) => !placed.has(id))
  return [
    ...themed.map((r) => ({ id: `room:${r.id}`, room: r.id, title: r.title, stands: r.stands ?? [] })),
    { id: UNPLACED, room: null, title: unplacedTitle, stands: rest },
  ]
}

/**
 * Where a stand dropped on `overId` (a column, or a stand in one) goes: that column's room and the place of the
 * stand it was dropped on (the end of the column when dropped on the column itself); null when it would not move.
 */
export function dropTarget(
  columns: readonly Column[],
  activeId: string,
  overId: string,
): { room: string | null; index: number } | null {
  const column = columns.find((c) => c.id === overId) ?? columns.find((c) => c.stands.includes(overId))
  if (!column) return null
  const from = columns.find((c) => c.stands.includes(activeId))
  const onColumn = column.id === overId
  const others = column.stands.filter((s) => s !== activeId)
  const index = onColumn ? others.length : column.stands.indexOf(overId)
  if (from === column && column.stands.indexOf(activeId) === index) return null
  return { room: column.room, index }
}
