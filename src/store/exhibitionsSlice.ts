import type { StateCreator } from 'zustand'
import type { Manifest } from '../manifest/schema.ts'
import { GalleryApiError, type ApiErrorKind, type ExhibitionSummary, type GalleryApi } from './api.ts'
import type { GalleryState } from './galleryStore.ts'

/** The state of one request: what the page shows while it waits, when it has data, or when it failed. */
export type Load<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiErrorKind }

/** The exhibitions list and every exhibition manifest loaded so far, with the actions that load them. */
export type ExhibitionsSlice = {
  exhibitionList: Load<ExhibitionSummary[]>
  /** Keyed by exhibition id in a Map: an id such as `constructor` must not find an inherited property. */
  exhibitions: ReadonlyMap<string, Load<Manifest>>
  /** Loads the list once; a failed load can be retried by calling again. */
  loadExhibitionList: () => Promise<void>
  /** Loads one manifest once; a failed load can be retried by calling again. */
  loadExhibition: (id: string) => Promise<void>
}

function errorKind(error: unknown): ApiErrorKind {
  return error instanceof GalleryApiError ? error.kind : 'invalid'
}

/** Builds the exhibitions slice over the given API. */
export function createExhibitionsSlice(api: GalleryApi): StateCreator<GalleryState, [], [], ExhibitionsSlice> {
  return (set, get) => ({
    exhibitionList: { status: 'idle' },
    exhibitions: new Map(),
    async loadExhibitionList() {
      const current = get().exhibitionList.status
      if (current === 'loading' || current === 'ready') return
      set({ exhibitionList: { status: 'loading' } })
      try {
        const data = await api.listExhibitions()
        set({ exhibitionList: { status: 'ready', data } })
      } catch (error) {
        set({ exhibitionList: { status: 'error', error: errorKind(error) } })
      }
    },
    async loadExhibition(id) {
      const current = get().exhibitions.get(id)?.status
      if (current === 'loading' || current === 'ready') return
      const put = (load: Load<Manifest>) => set((s) => ({ exhibitions: new Map(s.exhibitions).set(id, load) }))
      put({ status: 'loading' })
      try {
        put({ status: 'ready', data: await api.getExhibition(id) })
      } catch (error) {
        put({ status: 'error', error: errorKind(error) })
      }
    },
  })
}
