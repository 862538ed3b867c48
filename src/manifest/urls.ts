// The URL rules of an exhibition, written once: the app's router, its link handling, the open data's stand links
// and the server (which answers some paths itself and must know which pages exist) all read them from here.
import { RESERVED_ROOM_IDS, SERVER_ROOTS } from './reserved.ts'

/** A slug as ids are written, and as they appear in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A page named by a reserved word after the exhibition's id. */
export type ReservedPage = (typeof RESERVED_ROOM_IDS)[number]

/** What a path names: the exhibitions, an exhibition's lobby, a room, a stand, one of its own pages, or nothing. */
export type Route =
  | { name: 'exhibitions' }
  | { name: 'lobby'; exhibition: string }
  | { name: 'room'; exhibition: string; room: string }
  | { name: 'defi'; exhibition: string; room: string; defi: string }
  | { name: ReservedPage; exhibition: string }
  | { name: 'notFound'; path: string }

function isReserved(segment: string): segment is ReservedPage {
  return (RESERVED_ROOM_IDS as readonly string[]).includes(segment)
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** Reads a path (without its query) into a route; unknown shapes give `notFound`. */
export function parseRoute(pathname: string): Route {
  const segments = pathname
    .split('/')
    .filter((s) => s !== '')
    .map(decodeSegment)
  const [exhibition, second, third] = segments
  if (segments.length === 0) return { name: 'exhibitions' }
  const notFound: Route = { name: 'notFound', path: pathname }
  if (segments.length > 3 || segments.some((s) => s === null)) return notFound
  if (exhibition === undefined || exhibition === null || !SLUG_PATTERN.test(exhibition)) return notFound
  if (second === undefined || second === null) return { name: 'lobby', exhibition }
  if (third === undefined) {
    if (isReserved(second)) return { name: second, exhibition }
    return SLUG_PATTERN.test(second) ? { name: 'room', exhibition, room: second } : notFound
  }
  if (third === null || !SLUG_PATTERN.test(second) || !SLUG_PATTERN.test(third) || isReserved(second)) return notFound
  return { name: 'defi', exhibition, room: second, defi: third }
}

/** Writes a route as a path, the inverse of `parseRoute`. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'exhibitions':
      return '/'
    case 'lobby':
      return `/${route.exhibition}`
    case 'room':
      return `/${route.exhibition}/${route.room}`
    case 'defi':
      return `/${route.exhibition}/${route.room}/${route.defi}`
    case 'notFound':
      return route.path
    default:
      return `/${route.exhibition}/${route.name}`
  }
}

const SERVER_PATH = new RegExp(`^/(?:(?:${SERVER_ROOTS.join('|')})(?:/|$)|[^/]+/data\\.(?:json|csv)$)`)

/** True for a path the server answers itself (its API and folders, each exhibition's open data), never the app. */
export function isServerPath(pathname: string): boolean {
  return SERVER_PATH.test(pathname)
}
