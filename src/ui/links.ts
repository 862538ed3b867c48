import { formatLocation } from '../store/routes.ts'

/** The URL of an exhibition's lobby. */
export const lobbyHref = (exhibition: string) => formatLocation({ name: 'lobby', exhibition })
/** The URL of a room. */
export const roomHref = (exhibition: string, room: string) => formatLocation({ name: 'room', exhibition, room })
/** The URL of a défi's stand. */
export const defiHref = (exhibition: string, room: string, defi: string) =>
  formatLocation({ name: 'defi', exhibition, room, defi })
/** The URL of the programme page. */
export const programmeHref = (exhibition: string) => formatLocation({ name: 'programme', exhibition })
/** The URL of a file in the media folder; manifest paths are relative to `/media/`. */
export const mediaHref = (path: string) => `/media/${path}`
/** The URL of an exhibition's open data file, answered by the server, not by the app. */
export const dataHref = (exhibition: string, format: 'json' | 'csv') => `/${exhibition}/data.${format}`
/** The URL of the printable booklet. */
export const bookletHref = (exhibition: string) => formatLocation({ name: 'booklet', exhibition })
