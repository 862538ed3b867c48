import { RESERVED_ROOM_IDS } from '../manifest/reserved.ts'
import { formatRoute, parseRoute, type ReservedPage, type Route } from '../manifest/urls.ts'

/** The two ways to visit an exhibition: the accessible 2D pages or the 3D rooms. */
export type View = '2d' | '3d'
/** Interface languages a visitor can ask for in the URL. */
export type UrlLanguage = 'fr' | 'en'

export type { ReservedPage, Route }

/** Exhibition pages reached by a fixed word after the exhibition id; the validator refuses rooms with these ids. */
export const RESERVED_PAGES = RESERVED_ROOM_IDS

/**
 * A route plus the options carried in the query string. `extras` keeps any other query (such as `stats` or
 * `now`, read by the 3D view) as written, so that rewriting the URL while the visitor walks does not drop it.
 */
export type AppLocation = Route & { view?: View; lang?: UrlLanguage; extras?: string }

/** Reads a URL (absolute, or a path with its query) into an app location; the path's rules are src/manifest/urls.ts. */
export function parseLocation(url: string | URL): AppLocation {
  const parsed = new URL(url, 'http://localhost')
  const location: AppLocation = parseRoute(parsed.pathname)
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

/** Writes a location as a path plus query, the inverse of `parseLocation`. */
export function formatLocation(location: AppLocation): string {
  const query = new URLSearchParams()
  if (location.view) query.set('view', location.view)
  if (location.lang) query.set('lang', location.lang)
  const search = [query.toString(), location.extras ?? ''].filter((q) => q !== '').join('&')
  return search === '' ? formatRoute(location) : `${formatRoute(location)}?${search}`
}

/** Two locations name the same page with the same options. */
export function sameLocation(a: AppLocation, b: AppLocation): boolean {
  return formatLocation(a) === formatLocation(b)
}
