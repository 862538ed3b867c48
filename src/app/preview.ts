/** Where the visitor app runs as an organiser's preview of a draft: `/curate/ID/preview/<a visitor path>`. */
export type PreviewPlace = { exhibition: string; prefix: string; path: string }

/** The preview a path is in, or null for the public app. */
export function previewOf(pathname: string): PreviewPlace | null {
  const m = /^\/curate\/([a-z0-9]+(?:-[a-z0-9]+)*)\/preview(\/.*)?$/.exec(pathname)
  if (!m) return null
  const exhibition = m[1]!
  const rest = m[2] && m[2] !== '/' ? m[2] : `/${exhibition}`
  return { exhibition, prefix: `/curate/${exhibition}/preview`, path: rest }
}

/** True for the organisers' screen itself (not its previews). */
export const isCurating = (pathname: string): boolean =>
  /^\/curate(?:\/|$)/.test(pathname) && previewOf(pathname) === null
