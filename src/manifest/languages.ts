// Without zod, so that the browser's first download can name the languages without the validator.

/** Languages an exhibition's interface and content can be written in. */
export const LANGUAGES = ['fr', 'en'] as const
/** One of the languages. */
export type Language = (typeof LANGUAGES)[number]
