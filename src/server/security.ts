import type { FastifyReply, FastifyRequest } from 'fastify'

// blob: is for hls.js (media source buffers and its worker) and three's texture loaders; wasm for decoders
// such as Draco or Basis; inline styles because React and DSFR write style attributes.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** The headers every answer carries, errors made outside the routes included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
}

// Two years, subdomains left alone: the site may share its domain with services not served over https.
const HSTS = 'max-age=63072000'

/**
 * onRequest hook: the security headers, set early so that error pages get them too; HSTS when the request came
 * over https (directly, or through a proxy trusted with TRUST_PROXY that says so in X-Forwarded-Proto).
 */
export async function securityHeaders(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.headers(SECURITY_HEADERS)
  if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS)
}
