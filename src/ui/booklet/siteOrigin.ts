/**
 * The address QR codes must carry: the server's PUBLIC_URL when it set one in the page (a booklet printed from the
 * server's own machine must not point at 127.0.0.1), else the address the page was opened at.
 */
export function siteOrigin(): string {
  if (typeof window === 'undefined') return ''
  const meta = document.querySelector<HTMLMetaElement>('meta[name="vernissage:public-url"]')
  return meta?.content || window.location.origin
}
