import type { Language } from '../manifest/fields.ts'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** The BCP 47 locale used to format dates and numbers for `lang`. */
export function locale(lang: Language): string {
  return LOCALES[lang]
}

// Calendar dates carry no time zone: reading them at noon UTC and formatting in UTC keeps the day intact.
function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`)
}

/** A span of calendar dates such as « 17–24 juin 2021 » or "17–24 June 2021". */
export function formatDateRange(start: string, end: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' })
  return start === end ? format.format(calendarDate(start)) : format.formatRange(calendarDate(start), calendarDate(end))
}

/** When a session happens, in the exhibition's time zone, e.g. « 17 juin 2021, 14:00 – 15:00 UTC+2 ». */
export function formatSessionTime(start: string, end: string, timeZone: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
  return format.formatRange(new Date(start), new Date(end))
}

/**
 * A key figure's value as shown: its prefix (« + », « ≈ », « plus de »), the number with the locale's grouping, its
 * unit. A prefix ending in a letter is followed by a space, a sign is not (« +200 000 », « plus de 200 000 »).
 */
export function formatFigure(
  figure: { prefix?: string | undefined; value: number; unit?: string | undefined },
  lang: Language,
): string {
  const prefix = figure.prefix ? `${figure.prefix}${/\p{L}$/u.test(figure.prefix) ? '\u00a0' : ''}` : ''
  return `${prefix}${formatNumber(figure.value, lang)}${figure.unit ? ` ${figure.unit}` : ''}`
}

/** A figure with the locale's grouping, e.g. « 1 288 000 » or "1,288,000". */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value)
}
