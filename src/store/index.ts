export { createGalleryStore, type GalleryState, type GalleryStore, type GalleryStoreOptions } from './galleryStore.ts'
export { createHttpApi, GalleryApiError, type ApiErrorKind, type ExhibitionSummary, type GalleryApi } from './api.ts'
export type { ExhibitionsSlice, Load } from './exhibitionsSlice.ts'
export type { HistoryPort, LocationSlice } from './locationSlice.ts'
export { PREFERENCES_KEY, type PreferenceStorage, type PreferencesSlice } from './preferencesSlice.ts'
export {
  selectExhibition,
  selectDefiSequence,
  selectLanguage,
  selectLanguages,
  selectStandNeighbours,
  type Stand,
} from './selectors.ts'
export type { SceneSlice } from './sceneSlice.ts'
export {
  currentManifest,
  placeKeyOf,
  roomOfDefi,
  stepDestination,
  type Destination,
  type Motion,
  type NavigationSlice,
  type Step,
  type Travel,
  type TravelCause,
} from './navigationSlice.ts'
export type { Tour, TourSlice, TourStop } from './tourSlice.ts'
