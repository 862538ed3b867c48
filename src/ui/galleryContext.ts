import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { GalleryState, GalleryStore } from '../store/galleryStore.ts'

/** The store the app's components read; tests render with a store of their own. */
export const GalleryContext = createContext<GalleryStore | null>(null)

/** The gallery store from context. */
export function useGalleryStore(): GalleryStore {
  const store = useContext(GalleryContext)
  if (!store) throw new Error('useGallery must be used inside <GalleryContext value={store}>')
  return store
}

/** Reads one value from the gallery store; use `useShallow` for objects built in the selector. */
export function useGallery<T>(selector: (state: GalleryState) => T): T {
  return useStore(useGalleryStore(), selector)
}
