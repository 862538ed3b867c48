import type { StateCreator } from 'zustand'
import { formatLocation, parseLocation, sameLocation, type AppLocation } from './routes.ts'
import type { GalleryState } from './galleryStore.ts'

/** The part of the History API the store drives; `window.history` in the browser, an array in tests. */
export type HistoryPort = {
  push: (url: string) => void
  replace: (url: string) => void
}

/** Where the visitor is, and how they move. */
export type LocationSlice = {
  location: AppLocation
  /** Goes to a page and records it in the browser history (or replaces the current entry). */
  navigate: (to: AppLocation | string, options?: { replace?: boolean }) => void
  /** Follows the browser's back and forward buttons: the URL already changed, so nothing is pushed. */
  followHistory: (url: string) => void
}

/** Builds the location slice starting at `initial`. */
export function createLocationSlice(
  initial: AppLocation,
  history: HistoryPort | undefined,
): StateCreator<GalleryState, [], [], LocationSlice> {
  return (set, get) => ({
    location: initial,
    navigate(to, options = {}) {
      const location = typeof to === 'string' ? parseLocation(to) : to
      // A link followed from a page keeps the view the visitor is in (a 2D page's links stay in 2D).
      const current = get().location
      if (typeof to === 'string' && location.view === undefined && current.view !== undefined) {
        location.view = current.view
      }
      if (location.lang !== undefined && location.lang !== get().language) get().setLanguage(location.lang)
      if (sameLocation(location, get().location)) return
      set({ location })
      const url = formatLocation(location)
      if (options.replace) history?.replace(url)
      else history?.push(url)
    },
    followHistory(url) {
      const location = parseLocation(url)
      if (location.lang !== undefined && location.lang !== get().language) get().setLanguage(location.lang)
      set({ location })
    },
  })
}
