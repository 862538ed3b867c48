/** The offset of `timeZone` at instant `ms`, as `+02:00`. */
export function zoneOffset(ms: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? '')
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00'
}

const minutes = (offset: string) => {
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number]
  return sign * (h * 60 + m)
}

/**
 * A wall-clock time in the exhibition's time zone (`2021-06-17T14:00`, as a datetime-local field gives it) as the
 * manifest writes times: ISO 8601 with that zone's offset on that day (`2021-06-17T14:00:00+02:00`).
 */
export function zonedIso(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`)
  // The offset at the instant the guess gives is right except within an hour of a clock change; a second pass fixes it.
  let offset = zoneOffset(asUtc, timeZone)
  offset = zoneOffset(asUtc - minutes(offset) * 60_000, timeZone)
  return `${local}:00${offset}`
}

/** A manifest time as the exhibition's wall clock, for a datetime-local field (`2021-06-17T14:00`). */
export function zonedLocal(iso: string, timeZone: string): string {
  const ms = Date.parse(iso)
  const shifted = new Date(ms + minutes(zoneOffset(ms, timeZone)) * 60_000)
  return shifted.toISOString().slice(0, 16)
}
