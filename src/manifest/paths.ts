// Link and path checks without zod, so the browser bundle can share them with the schema.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * True when `value` is an absolute http(s) URL written plainly: no surrounding or embedded whitespace,
 * no control characters, no protocol-relative form, a host.
 */
export function isHttpUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return false
  if (!/^https?:\/\/[^/?#]/i.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

const MEDIA_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/

/**
 * A path that passes `mediaPathProblem` made from one that does not: accents dropped (é → e), every other
 * character outside the allowed set turned into a dash, dashes collapsed. Offered in the message, never applied.
 */
export function safeMediaPath(value: string): string {
  return value
    .split(/[/\\]+/)
    .map((segment) =>
      segment
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-+(?=\.)/g, '')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|-+$/g, ''),
    )
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join('/')
}

/** Why a media path is refused, or null when it is a plain relative path inside `media/`. */
export function mediaPathProblem(value: string): string | null {
  if (value.length === 0) return 'media.empty'
  if (SCHEME.test(value) || value.startsWith('/') || value.startsWith('\\')) return 'media.absolute'
  if (value.includes('%')) return 'media.encoded'
  if (value.includes('\\')) return 'media.backslash'
  const segments = value.split('/')
  if (segments.some((s) => s === '..' || s === '.')) return 'media.dotdot'
  if (!segments.every((s) => MEDIA_SEGMENT.test(s))) return 'media.characters'
  return null
}
