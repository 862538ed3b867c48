import type { FastifyInstance } from 'fastify'

declare module 'fastify' {
  interface FastifyInstance {
    /** The origin every absolute URL the server writes starts with (PUBLIC_URL, else the address it listens on). */
    publicUrl(): string
  }
}

/** The name of the meta tag that tells the app its public address (read by the booklet for its QR codes). */
export const PUBLIC_URL_META = 'vernissage:public-url'

/** The origin of a listening server's address, with 127.0.0.1 or [::1] for a wildcard address; '' before listening. */
export function listeningOrigin(app: FastifyInstance): string {
  const address = app.server.address()
  if (address === null || typeof address === 'string') return ''
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The app's page with its public address in a meta tag, so that what it prints (QR codes) names the public site. */
export function withPublicUrlMeta(html: string, publicUrl: string): string {
  const meta = `<meta name="${PUBLIC_URL_META}" content="${escapeAttribute(publicUrl)}">`
  const head = html.indexOf('</head>')
  return head === -1 ? html : `${html.slice(0, head)}${meta}${html.slice(head)}`
}
