import type { Language, Manifest } from '../../manifest/index.ts'
import { localize } from '../../manifest/text.ts'

/** One line of the lobby's programme board. */
export type BoardRow = { id: string; time: string; title: string; place: string | null; now: boolean }
/** The sessions of one day, under its date. */
export type BoardDay = { date: string; rows: BoardRow[] }

const timeFormat = (lang: Language, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone })

const dayFormat = (lang: Language, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  })

/**
 * The programme as the lobby board shows it: sessions grouped by day, times in the exhibition's time zone (not the
 * visitor's), each with the room it is held in and whether it is on at `now`.
 */
export function programmeBoard(manifest: Manifest, lang: Language, now: number): BoardDay[] {
  const { timezone } = manifest.exhibition.dates
  const time = timeFormat(lang, timezone)
  const day = dayFormat(lang, timezone)
  const until = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: timezone,
  })
  const rooms = new Map(manifest.rooms.map((r) => [r.id, localize(r.title, lang)]))
  const days: BoardDay[] = []
  const sessions = [...manifest.exhibition.programme].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  for (const s of sessions) {
    const start = Date.parse(s.start)
    const end = Date.parse(s.end)
    const date = day.format(start)
    let current = days.at(-1)
    if (current?.date !== date) days.push((current = { date, rows: [] }))
    current.rows.push({
      id: s.id,
      // A session running over several days says the day it ends, or "00:00 – 23:59" would read as one day.
      time:
        day.format(end) === date
          ? `${time.format(start)} – ${time.format(end)}`
          : `${time.format(start)} → ${until.format(end)}`,
      title: localize(s.title, lang),
      place: s.room ? (rooms.get(s.room) ?? null) : null,
      now: start <= now && now < end,
    })
  }
  return days
}
