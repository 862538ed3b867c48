import type { Manifest, Room } from '../manifest/schema.ts'
import type { ExhibitionSummary } from '../store/api.ts'
import type { Load } from '../store/exhibitionsSlice.ts'
import { selectStandNeighbours, type Stand } from '../store/selectors.ts'
import type { PageError } from '../ui/ErrorPage.tsx'
import type { AppLocation } from '../store/routes.ts'

/** What the shell must draw for a location, once the data it needs is known. */
export type ResolvedPage =
  | { page: 'loading' }
  | { page: 'error'; error: PageError; manifest?: Manifest }
  | { page: 'exhibitions'; exhibitions: ExhibitionSummary[] }
  | { page: 'lobby' | 'programme' | 'booklet'; manifest: Manifest }
  | { page: 'room' | 'auditorium'; manifest: Manifest; room: Room }
  | { page: 'defi'; manifest: Manifest; stand: Stand; previous: Stand | null; next: Stand | null }

function fromLoad<T>(load: Load<T> | null, ready: (data: T) => ResolvedPage): ResolvedPage {
  if (load === null || load.status === 'idle' || load.status === 'loading') return { page: 'loading' }
  if (load.status === 'error') return { page: 'error', error: load.error }
  return ready(load.data)
}

function resolveInExhibition(location: AppLocation, manifest: Manifest): ResolvedPage {
  const notFound: ResolvedPage = { page: 'error', error: 'notFound', manifest }
  switch (location.name) {
    case 'lobby':
    case 'programme':
    case 'booklet':
      return { page: location.name, manifest }
    case 'room': {
      const room = manifest.rooms.find((r) => r.id === location.room)
      if (!room) return notFound
      if (room.kind === 'lobby') return { page: 'lobby', manifest }
      return { page: room.kind === 'auditorium' ? 'auditorium' : 'room', manifest, room }
    }
    case 'defi': {
      const around = selectStandNeighbours(manifest, location.defi)
      // A défi is found only in the room that shows it, so that a URL names one place.
      if (!around || around.current.room.id !== location.room) return notFound
      return { page: 'defi', manifest, stand: around.current, previous: around.previous, next: around.next }
    }
    default:
      // The open data files: the server answers their URLs and links to them leave the app (navigation.ts).
      return notFound
  }
}

/** Picks the page for a location from what the store has loaded so far. */
export function resolvePage(
  location: AppLocation,
  exhibitionList: Load<ExhibitionSummary[]>,
  exhibition: Load<Manifest> | null,
): ResolvedPage {
  if (location.name === 'notFound') return { page: 'error', error: 'notFound' }
  if (location.name === 'exhibitions')
    return fromLoad(exhibitionList, (exhibitions) => ({ page: 'exhibitions', exhibitions }))
  return fromLoad(exhibition, (manifest) => resolveInExhibition(location, manifest))
}
