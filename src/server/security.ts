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

/** onRequest hook: the headers every answer carries, set early so that error pages get them too. */
export async function securityHeaders(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('X-Content-Type-Options', 'nosniff')
  reply.header('Referrer-Policy', 'strict-origin-when-cross-origin')
  reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  reply.header('Cross-Origin-Opener-Policy', 'same-origin')
}
