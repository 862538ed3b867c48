/** The sections of one exhibition in the curation screen. */
export const TABS = [
  'settings',
  'rooms',
  'stands',
  'defis',
  'review',
  'programme',
  'versions',
  'audit',
  'publish',
] as const
/** One of `TABS`. */
export type Tab = (typeof TABS)[number]

/** Where the organiser is: the list, or a section of one exhibition. */
export type CurateRoute = { name: 'list' } | { name: 'exhibition'; id: string; tab: Tab }

/** Reads `/curate`, `/curate/ID` and `/curate/ID/TAB`. */
export function parseCuratePath(pathname: string): CurateRoute {
  const [, , id, tab] = pathname.split(/[?#]/)[0]!.split('/')
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
  if (path.startsWith('$.exhibition')) return 'settings'
  return 'defis'
}

const DEFI_INPUTS: Record<string, string> = {
  title: 'defi-title',
  pitch: 'defi-pitchFr',
  description: 'defi-descriptionFr',
  city: 'defi-city',
  status: 'defi-status',
}

/**
 * Where to fix what a manifest path names: its section, the défi it is in (`?defi=`), and the field's input
 * (`#id`), which the editor focuses when it opens.
 */
export function fixHref(id: string, path: string, defiIds: readonly string[]): string {
  const tab = tabOfPath(path)
  const m = /^\$\.defis\[(\d+)\](?:\.(\w+))?/.exec(path)
  if (!m) return tabPath(id, tab)
  const defi = defiIds[Number(m[1])]
  const field = m[2]
  const anchor = field ? (DEFI_INPUTS[field] ?? `defi-json-${field}`) : 'defi-choice'
  return `${tabPath(id, tab)}${defi ? `?defi=${encodeURIComponent(defi)}` : ''}#${anchor}`
}
