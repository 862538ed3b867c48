import { z } from 'zod'
import { isHttpUrl, mediaPathProblem, safeMediaPath } from './paths.ts'
import { LANGUAGES, type Language as LanguageName } from './languages.ts'
import { SLUG_PATTERN } from './urls.ts'

export { isHttpUrl, mediaPathProblem }

export { LANGUAGES }
export const Language = z.enum(LANGUAGES)
export type Language = LanguageName

/** A slug: lower-case letters, digits and single dashes, as used in URLs. */
export const Slug = z.string().regex(SLUG_PATTERN, { message: 'slug' }).max(80, { message: 'slug' })

/** Plain text, the same in every language, or one text per language. */
export const LocalizedText = z.union([
  z.string().trim().min(1, { message: 'text.empty' }),
  z
    .strictObject({ fr: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
    .refine((t) => t.fr !== undefined || t.en !== undefined, { message: 'text.noLanguage' }),
])
export type LocalizedText = z.infer<typeof LocalizedText>

/** An absolute http(s) link. Anything else (`javascript:`, `data:`, `//host`, tricks with spaces or case) is refused. */
export const HttpUrl = z.string().refine(isHttpUrl, { message: 'url.http' })

/** A path relative to the media folder, with the given extensions (lower-case, with the dot). */
export function mediaPath(extensions: readonly string[]) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = mediaPathProblem(value)
      if (problem) {
        const suggestion = problem === 'media.characters' ? safeMediaPath(value) : ''
        if (suggestion !== '')
          ctx.addIssue({ code: 'custom', message: 'media.charactersSuggest', params: { suggestion } })
        else ctx.addIssue({ code: 'custom', message: problem })
        return
      }
      if (!extensions.some((ext) => value.toLowerCase().endsWith(ext))) {
        ctx.addIssue({ code: 'custom', message: 'media.extension', params: { extensions: extensions.join(', ') } })
      }
    })
    .meta({ description: `A path inside media/, ending in ${extensions.join(' or ')}` })
}

/** An ISO 8601 date and time with its offset, e.g. 2021-06-17T14:00:00+02:00. */
export const DateTime = z.iso.datetime({ offset: true, message: 'datetime' })

/** A calendar date, e.g. 2021-06-17. */
export const DateOnly = z.iso.date({ message: 'date' })

/** A finite number (JSON's 1e999 reads as Infinity and is refused). */
export const FiniteNumber = z.number({ message: 'number' }).refine(Number.isFinite, { message: 'number.finite' })

/** A theme colour as #rrggbb. */
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' })

/** An IANA time zone name such as Europe/Paris. */
export const TimeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz })
      return true
    } catch {
      return false
    }
  },
  { message: 'timezone' },
)
