import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import type { DraftSession } from './draftSession.ts'
import { StandColumn } from './StandColumn.tsx'
import { boardColumns, dropTarget } from './standsBoard.ts'
import { standAnnouncements } from './standAnnouncements.ts'
import { tc } from './strings.ts'

/**
 * The stands of every themed room, in columns, dragged with the pointer or the keyboard (Space picks up, arrows
 * move, Space drops, Escape cancels) through dnd-kit, which announces each step to screen readers in the
 * interface language. A drop is one `stand.move` command; a full room refuses it with its limit.
 */
export function StandsBoard({ lang, session }: { lang: Language; session: DraftSession }) {
  const doc = useStore(session, (s) => s.doc)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  if (!doc) return null
  const unplaced = { fr: tc('fr', 'stands.unplaced'), en: tc('en', 'stands.unplaced') }
  const columns = boardColumns(doc, unplaced)
  const titles = new Map((doc.defis ?? []).map((d) => [d.id, d.title]))
  const nameOf = (id: string) => titles.get(id) ?? id
  const columnName = (id: string) => {
    const column = columns.find((c) => c.id === id) ?? columns.find((c) => c.stands.includes(id))
    return column ? localize(column.title, lang) : ''
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return
    const target = dropTarget(columns, String(active.id), String(over.id))
    if (!target) return
    void session.getState().edit([{ type: 'stand.move', defi: String(active.id), ...target }])
  }
  return (
    <section aria-labelledby="stands-title">
      <h2 id="stands-title">{tc(lang, 'stands.title')}</h2>
      <p id="stands-help">{tc(lang, 'stands.help')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: standAnnouncements(lang, nameOf, columnName),
          screenReaderInstructions: { draggable: tc(lang, 'stands.help') },
        }}
      >
        <div className="fr-grid-row fr-grid-row--gutters">
          {columns.map((column) => (
            <StandColumn key={column.id} lang={lang} column={column} nameOf={nameOf} />
          ))}
        </div>
      </DndContext>
    </section>
  )
}
