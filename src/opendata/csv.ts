import { formatRoute, localize, type Defi, type LocalizedText, type Manifest, type Person } from '../manifest/index.ts'

/** The columns of `data.csv`, in order: stable ASCII names that scripts can rely on. */
export const CSV_COLUMNS = [
  'exhibition',
  'room',
  'room_title',
  'id',
  'title',
  'pitch_fr',
  'pitch_en',
  'administration',
  'website',
  'city',
  'team',
  'mentors',
  'skills',
  'key_figures',
  'deliverable_urls',
  'status',
  'stand_url',
] as const

// Several values in one cell: a separator that names, figures and URLs do not contain.
const LIST_SEPARATOR = ' | '
// A byte order mark, so that spreadsheet software reads the file as UTF-8 and shows the accents.
const BOM = '\uFEFF'

/** The text of a field written in `lang`; a plain string is the same in every language. */
function inLanguage(text: LocalizedText | undefined, lang: 'fr' | 'en'): string {
  if (text === undefined) return ''
  return typeof text === 'string' ? text : (text[lang] ?? '')
}

function person(p: Person): string {
  const role = localize(p.role, 'fr')
  return role === '' ? p.name : `${p.name} (${role})`
}

function keyFigure(figure: Defi['keyFigures'][number]): string {
  return [`${figure.prefix ?? ''}${figure.value}`, figure.unit, localize(figure.label, 'fr')].filter(Boolean).join(' ')
}

/** The room that shows each défi: the first one listing it, as in the visiting order. */
function roomsByDefi(manifest: Manifest): Map<string, Manifest['rooms'][number]> {
  const rooms = new Map<string, Manifest['rooms'][number]>()
  for (const room of manifest.rooms) for (const id of room.stands) if (!rooms.has(id)) rooms.set(id, room)
  return rooms
}

/**
 * One row per défi of `manifest` (give it the public manifest), header first. `origin` (e.g.
 * `https://vernissage.example`) makes the stand URLs absolute; without it they are paths.
 */
export function defiRows(manifest: Manifest, origin = ''): string[][] {
  const exhibition = manifest.exhibition.id
  const rooms = roomsByDefi(manifest)
  const rows = manifest.defis.map((defi) => {
    const room = rooms.get(defi.id)
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      exhibition,
      room: room?.id ?? '',
      room_title: localize(room?.title, 'fr'),
      id: defi.id,
      title: defi.title,
      pitch_fr: inLanguage(defi.pitch, 'fr'),
      pitch_en: inLanguage(defi.pitch, 'en'),
      administration: defi.administration.name,
      website: defi.administration.website ?? '',
      city: defi.city ?? '',
      team: defi.team.map(person).join(LIST_SEPARATOR),
      mentors: defi.mentors.map(person).join(LIST_SEPARATOR),
      skills: defi.skills.join(LIST_SEPARATOR),
      key_figures: defi.keyFigures.map(keyFigure).join(LIST_SEPARATOR),
      deliverable_urls: defi.deliverables.flatMap((d) => d.url ?? []).join(LIST_SEPARATOR),
      status: defi.status,
      // A défi in no room has no stand to visit.
      stand_url: room ? `${origin}${formatRoute({ name: 'defi', exhibition, room: room.id, defi: defi.id })}` : '',
    }
    return CSV_COLUMNS.map((column) => row[column])
  })
  return [[...CSV_COLUMNS], ...rows]
}

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. A text
 * that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`, unless
 * it is a plain number.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows as RFC 4180 CSV: CRLF after every record, UTF-8 byte order mark first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}

/** The `data.csv` of an exhibition: one row per défi of the (public) manifest, with a header row. */
export function manifestCsv(manifest: Manifest, origin = ''): string {
  return toCsv(defiRows(manifest, origin))
}
