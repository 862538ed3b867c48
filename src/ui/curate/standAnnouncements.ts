import type { Announcements } from '@dnd-kit/core'
import type { Language } from '../../manifest/fields.ts'

/** What screen readers hear at each step of a drag, in the interface language. */
export function standAnnouncements(
  lang: Language,
  nameOf: (id: string) => string,
  columnOf: (id: string) => string,
): Announcements {
  const fr = lang === 'fr'
  return {
    onDragStart: ({ active }) =>
      fr ? `Stand « ${nameOf(String(active.id))} » saisi.` : `Picked up stand "${nameOf(String(active.id))}".`,
    onDragOver: ({ active, over }) => {
      if (!over) return fr ? 'Hors des salles.' : 'Outside the rooms.'
      const where = columnOf(String(over.id))
      const near = over.id === active.id || String(over.id).startsWith('room:') ? '' : nameOf(String(over.id))
      if (fr) return `Dans « ${where} »${near ? `, à la place de « ${near} »` : ''}.`
      return `In "${where}"${near ? `, at the place of "${near}"` : ''}.`
    },
    onDragEnd: ({ active, over }) => {
      const name = nameOf(String(active.id))
      if (!over) return fr ? `Stand « ${name} » reposé à sa place.` : `Stand "${name}" put back.`
      const where = columnOf(String(over.id))
      return fr ? `Stand « ${name} » posé dans « ${where} ».` : `Stand "${name}" dropped in "${where}".`
    },
    onDragCancel: ({ active }) =>
      fr
        ? `Déplacement annulé : « ${nameOf(String(active.id))} » reste à sa place.`
        : `Move cancelled: "${nameOf(String(active.id))}" stays where it was.`,
  }
}
