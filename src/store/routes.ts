/** The two ways to visit an exhibition: the accessible 2D pages or the 3D rooms. */
export type View = '2d' | '3d'
/** Interface languages a visitor can ask for in the URL. */
export type UrlLanguage = 'fr' | 'en'

import { RESERVED_ROOM_IDS } from '../manifest/reserved.ts'

/** Exhibition pages reached by a fixed word after the exhibition id; the validator refuses rooms with these ids. */
export const RESERVED_PAGES = RESERVED_ROOM_IDS
/** A page named by a reserved word. */
export type ReservedPage = (typeof RESERVED_PAGES)[number]

/** Where the visitor is, as the app understands a URL. */
export type Route =
  | { name: 'exhibitions' }
  | { name: 'lobby'; exhibition: string }
  | { name: 'room'; exhibition: string; room: string }
  | { name: 'defi'; exhibition: string; room: string; defi: string }
  | { name: ReservedPage; exhibition: string }
  | { name: 'notFound'; path: string }

/**
 * A route plus the options carried in the query string. `extras` keeps any other query (such as `stats` or
 * `now`, read by the 3D view) as written, so that rewriting the URL while the visitor walks does not drop it.
 */
export type AppLocation = Route & { view?: View; lang?: UrlLanguage; extras?: string }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function isReserved(segment: string): segment is ReservedPage {
  return (RESERVED_PAGES as readonly string[]).includes(segment)
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function parsePath(pathname: string): Route {
  const raw = pathname.split('/').filter((s) => s !== '')
  const segments = raw.map(decodeSegment)
  const [exhibition, second, third] = segments
  if (segments.length === 0) return { name: 'exhibitions' }
  const notFound: Route = { name: 'notFound', path: pathname }
  if (segments.length > 3 || segments.some((s) => s === null)) return notFound
  if (exhibition === undefined || exhibition === null || !SLUG.test(exhibition)) return notFound
  if (second === undefined || second === null) return { name: 'lobby', exhibition }
  if (third === undefined) {
    if (isReserved(second)) return { name: second, exhibition }
    return SLUG.test(second) ? { name: 'room', exhibition, room: second } : notFound
  }
  if (third === null || !SLUG.test(second) || !SLUG.test(third) || isReserved(second)) return notFound
  return { name: 'defi', exhibition, room: second, defi: third }
}

/** Reads a URL (absolute, or a path with its query) into an app location; unknown shapes give `notFound`. */
export function parseLocation(url: string | URL): AppLocation {
  const parsed = new URL(url, 'http://localhost')
  const location: AppLocation = parsePath(parsed.pathname)
  const view = parsed.searchParams.get('view')
  if (view === '2d' || view === '3d') location.view = view
  const lang = parsed.searchParams.get('lang')
  if (lang === 'fr' || lang === 'en') location.lang = lang
  parsed.searchParams.delete('view')
  parsed.searchParams.delete('lang')
  const extras = parsed.searchParams.toString()
  if (extras !== '') location.extras = extras
  return location
}

function formatPath(route: Route): string {
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

/** Writes a location as a path plus query, the inverse of `parseLocation`. */
export function formatLocation(location: AppLocation): string {
  const query = new URLSearchParams()
  if (location.view) query.set('view', location.view)
  if (location.lang) query.set('lang', location.lang)
  const search = [query.toString(), location.extras ?? ''].filter((q) => q !== '').join('&')
  return search === '' ? formatPath(location) : `${formatPath(location)}?${search}`
}

/** Two locations name the same page with the same options. */
export function sameLocation(a: AppLocation, b: AppLocation): boolean {
  return formatLocation(a) === formatLocation(b)
}
