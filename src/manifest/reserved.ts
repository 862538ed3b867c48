// The words the app's router and the server keep for themselves, in one place: the router reads them to route,
// the validator to refuse a room or an exhibition that would be hidden behind one of them.

/** Words after an exhibition's id that name one of its own pages: no room may take them. */
export const RESERVED_ROOM_IDS = ['programme', 'booklet', 'data.json', 'data.csv'] as const

/** First path segments the server answers itself (its API and folders), never the app's router. */
export const SERVER_ROOTS = ['api', 'media', 'gallery', 'assets'] as const

/** First path segments of the write side's screens: the organisers' curation, a team's upload page. */
export const APP_SCREENS = ['curate', 'upload'] as const

/** First path segments no exhibition may take: the server's, and the write side's screens. */
export const RESERVED_EXHIBITION_IDS = [...SERVER_ROOTS, ...APP_SCREENS, 'team', 'login'] as const

/** True when a room with this id would be hidden behind one of the exhibition's own pages. */
export function isReservedRoomId(id: string): boolean {
  return (RESERVED_ROOM_IDS as readonly string[]).includes(id)
}

/** True when an exhibition with this id would be hidden behind one of the app's or the server's paths. */
export function isReservedExhibitionId(id: string): boolean {
  return (RESERVED_EXHIBITION_IDS as readonly string[]).includes(id)
}
