import { formatPath, type ManifestError } from './errors.ts'
import { message } from './messages.ts'
import { isHttpUrl } from './paths.ts'
import type { Manifest } from './schema.ts'

/** The host of an http(s) link when it has a single label (`https://scossin/…`), which no public site has. */
function singleLabelHost(value: string): string | null {
  if (!isHttpUrl(value)) return null
  const host = new URL(value).hostname
  // IPv6 literals are bracketed and IPv4 ones have dots: only a bare name such as `intranet` is left.
  return host.includes('.') || host.startsWith('[') || host === 'localhost' ? null : host
}

function walk(node: unknown, path: (string | number)[], out: ManifestError[]): void {
  if (typeof node === 'string') {
    const host = singleLabelHost(node)
    if (host !== null) out.push({ path: formatPath(path), message: message('url.singleLabel', { host }) })
  } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], out))
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], out)
  }
}

/**
 * What is allowed but probably a mistake: links whose host has a single label (a scheme typed before a path, a
 * forgotten domain). `validate` prints them as warnings; they never stop a manifest from being served.
 */
export function manifestWarnings(manifest: Manifest): ManifestError[] {
  const warnings: ManifestError[] = []
  walk(manifest, [], warnings)
  return warnings
}
