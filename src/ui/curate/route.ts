/** The sections of one exhibition in the curation screen. */
export const TABS = ['rooms', 'stands', 'defis', 'review', 'programme', 'versions', 'audit', 'publish'] as const
/** One of `TABS`. */
export type Tab = (typeof TABS)[number]

/** Where the organiser is: the list, or a section of one exhibition. */
export type CurateRoute = { name: 'list' } | { name: 'exhibition'; id: string; tab: Tab }

/** Reads `/curate`, `/curate/ID` and `/curate/ID/TAB`. */
export function parseCuratePath(pathname: string): CurateRoute {
  const [, , id, tab] = pathname.split('/')
  if (!id) return { name: 'list' }
  return { name: 'exhibition', id, tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'rooms' }
}

/** The path of a section. */
export const tabPath = (id: string, tab: Tab) => `/curate/${id}/${tab}`

/** The section a manifest path's field is edited in, for the publish gates' links. */
export function tabOfPath(path: string): Tab {
  if (path.startsWith('$.defis')) return 'defis'
  if (path.startsWith('$.rooms') && path.includes('.stands')) return 'stands'
  if (path.startsWith('$.rooms')) return 'rooms'
  if (path.startsWith('$.exhibition.programme')) return 'programme'
  return 'defis'
}
