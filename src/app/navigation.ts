import { isServerPath } from '../manifest/urls.ts'
import type { GalleryStore } from '../store/galleryStore.ts'

/** The in-app path a click should go to, or null when the browser should follow the link itself. */
export function internalTarget(event: MouseEvent, here: Location): string | null {
  if (event.defaultPrevented || event.button !== 0) return null
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!(anchor instanceof HTMLAnchorElement)) return null
  if ((anchor.target !== '' && anchor.target !== '_self') || anchor.hasAttribute('download')) return null
  const url = new URL(anchor.href, here.href)
  // Paths the server answers itself (its folders, each exhibition's open data files) leave the app.
  if (url.origin !== here.origin || isServerPath(url.pathname)) return null
  // Skip links and other same-page anchors scroll natively.
  if (url.pathname === here.pathname && url.search === here.search && url.hash !== '') return null
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * Routes same-origin link clicks through the store and follows back/forward; returns the cleanup. `basePath` is the
 * prefix the app's paths are under in the browser's address bar (an organiser's preview), taken off before routing.
 */
export function connectHistory(store: GalleryStore, win: Window, basePath = ''): () => void {
  const onClick = (event: MouseEvent) => {
    const target = internalTarget(event, win.location)
    if (target === null) return
    event.preventDefault()
    const [path, hash] = target.split('#')
    store.getState().navigate(path!)
    // The store knows pages, not anchors: keep the anchor in the URL so the page can scroll to it.
    if (hash) win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#${hash}`)
  }
  const onPopState = () => {
    const path = win.location.pathname.startsWith(basePath) ? win.location.pathname.slice(basePath.length) : '/'
    store.getState().followHistory(`${path || '/'}${win.location.search}`)
  }
  win.document.addEventListener('click', onClick)
  win.addEventListener('popstate', onPopState)
  return () => {
    win.document.removeEventListener('click', onClick)
    win.removeEventListener('popstate', onPopState)
  }
}
