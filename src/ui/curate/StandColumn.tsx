import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import type { Column } from './standsBoard.ts'
import { tc } from './strings.ts'

function StandCard({ id, name }: { id: string; name: string }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id })
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
    >
      <div {...attributes} {...listeners} data-stand={id} className="fr-tile fr-p-1w fr-mb-1w">
        {name}
      </div>
    </li>
  )
}

/** One room's stands, in visiting order: a drop target even when empty. */
export function StandColumn(props: { lang: Language; column: Column; nameOf: (id: string) => string }) {
  const { lang, column, nameOf } = props
  const { setNodeRef, isOver } = useDroppable({ id: column.id })
  const title = localize(column.title, lang)
  const headingId = `column-${column.id.replace(':', '-')}`
  return (
    <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3" data-column={column.room ?? 'unplaced'}>
      <h3 id={headingId} className="fr-h6">
        {title}{' '}
        <span className="fr-text--sm">
          ({column.stands.length} {tc(lang, 'stands.count')})
        </span>
      </h3>
      <SortableContext id={column.id} items={column.stands} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          aria-labelledby={headingId}
          className="fr-raw-list"
          // No padding across: a stand's left edge is its column's, so the keyboard's left and right arrows reach the next
          // column rather than the one the stand is in.
          style={{
            minHeight: '4rem',
            padding: '0.5rem 0',
            outline: isOver ? '2px dashed #000091' : '1px dashed #929292',
          }}
        >
          {column.stands.map((id) => (
            <StandCard key={id} id={id} name={nameOf(id)} />
          ))}
        </ul>
      </SortableContext>
    </div>
  )
}
