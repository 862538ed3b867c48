import { createStore, type StoreApi } from 'zustand/vanilla'
import type { AppLocation } from './routes.ts'
import type { GalleryApi } from './api.ts'
import { createExhibitionsSlice, type ExhibitionsSlice } from './exhibitionsSlice.ts'
import { createLocationSlice, type HistoryPort, type LocationSlice } from './locationSlice.ts'
import { createPreferencesSlice, type PreferenceStorage, type PreferencesSlice } from './preferencesSlice.ts'
import { createNavigationSlice, type NavigationSlice } from './navigationSlice.ts'
import { createSceneSlice, type SceneSlice } from './sceneSlice.ts'
import { createTourSlice, type TourSlice } from './tourSlice.ts'

/** Everything the app keeps in memory: one store made of slices. */
export type GalleryState = ExhibitionsSlice &
  LocationSlice &
  PreferencesSlice &
  SceneSlice &
  NavigationSlice &
  TourSlice

/** What the store talks to; the browser passes fetch, localStorage and history, tests pass their own. */
export type GalleryStoreOptions = {
  api: GalleryApi
  storage?: PreferenceStorage
  history?: HistoryPort
  initialLocation?: AppLocation
}

/** A gallery store. */
export type GalleryStore = StoreApi<GalleryState>

/** Creates the gallery store; a plain function so tests drive it without React. */
export function createGalleryStore(options: GalleryStoreOptions): GalleryStore {
  const store = createStore<GalleryState>()((...a) => ({
    ...createExhibitionsSlice(options.api)(...a),
    ...createLocationSlice(options.initialLocation ?? { name: 'exhibitions' }, options.history)(...a),
    ...createPreferencesSlice(options.storage)(...a),
    ...createSceneSlice(...a),
    ...createNavigationSlice(...a),
    ...createTourSlice(...a),
  }))
  const { location, language } = store.getState()
  // A shared link such as ?lang=en wins over the remembered choice, and becomes the remembered choice.
  if (location.lang !== undefined && location.lang !== language) store.getState().setLanguage(location.lang)
  return store
}
