import { MAX_STANDS_MEASURED, MAX_STANDS_PER_ROOM } from '../layout/index.ts'
import type { Bilingual } from '../manifest/index.ts'
import { themeContrast } from './contrast.ts'
import type { DraftDocument } from './types.ts'

/** Something to look at before publishing: `block` stops the publish, `warn` only says; `path` is the field to fix. */
export type Gate = { id: string; level: 'block' | 'warn'; message: Bilingual; path: string }

const title = (defi: { id: string; title?: unknown }) => (typeof defi.title === 'string' ? defi.title : defi.id)

/**
 * The gates that come from the building: an approved défi in no room (visitors could not reach it) blocks, one still
 * in draft only warns; a room over the layout's limit blocks; more stands than the 3D view's draw calls are measured
 * with, and a theme colour no sign text reads on, warn.
 */
export function layoutGates(doc: DraftDocument): Gate[] {
  const gates: Gate[] = []
  const placed = new Set(doc.rooms.flatMap((r) => r.stands ?? []))
  ;(doc.defis ?? []).forEach((defi, i) => {
    if (placed.has(defi.id)) return
    const approved = defi.status === 'approved'
    gates.push({
      id: `unplaced:${defi.id}`,
      level: approved ? 'block' : 'warn',
      message: {
        fr: `« ${title(defi)} » n'est dans aucune salle${approved ? '' : ' (il est encore en brouillon)'}`,
        en: `"${title(defi)}" is in no room${approved ? '' : ' (it is still a draft)'}`,
      },
      path: `$.defis[${i}]`,
    })
  })
  doc.rooms.forEach((room, i) => {
    const count = (room.stands ?? []).length
    if (count > MAX_STANDS_PER_ROOM) {
      gates.push({
        id: `full:${room.id}`,
        level: 'block',
        message: {
          fr: `la salle « ${room.id} » a ${count} stands, le plan en place ${MAX_STANDS_PER_ROOM} au plus`,
          en: `room "${room.id}" has ${count} stands; the layout places ${MAX_STANDS_PER_ROOM} at most`,
        },
        path: `$.rooms[${i}].stands`,
      })
    }
    if (room.themeColor !== undefined && !themeContrast(room.themeColor).ok) {
      gates.push({
        id: `contrast:${room.id}`,
        level: 'warn',
        message: {
          fr: `la couleur de « ${room.id} » contraste mal avec le texte des panneaux (assombrie en 3D)`,
          en: `the colour of "${room.id}" contrasts poorly with the signs' text (darkened in 3D)`,
        },
        path: `$.rooms[${i}].themeColor`,
      })
    }
  })
  if (placed.size > MAX_STANDS_MEASURED) {
    gates.push({
      id: 'draw-calls',
      level: 'warn',
      message: {
        fr: `${placed.size} stands : au-delà de ${MAX_STANDS_MEASURED}, le budget d'appels de dessin de la 3D n'est pas mesuré`,
        en: `${placed.size} stands: past ${MAX_STANDS_MEASURED}, the 3D view's draw-call budget is unmeasured`,
      },
      path: '$.rooms',
    })
  }
  return gates
}
