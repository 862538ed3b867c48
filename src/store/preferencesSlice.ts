import type { StateCreator } from 'zustand'
import type { Language } from '../manifest/fields.ts'
import type { GalleryState } from './galleryStore.ts'

/** The part of the Web Storage API the preferences use; `localStorage` in the browser. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>

/** The storage key holding the visitor's preferences. */
export const PREFERENCES_KEY = 'vernissage:preferences'

/** The visitor's choices that outlive a visit. */
export type PreferencesSlice = {
  language: Language
  /** Switches the interface language and remembers it. */
  setLanguage: (language: Language) => void
}

function readLanguage(storage: PreferenceStorage | undefined): Language {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? 'null')
    if (typeof raw === 'object' && raw !== null && 'language' in raw && raw.language === 'en') return 'en'
  } catch {
    // A corrupt or unreadable entry (private mode, quota) must not stop the app: French is the default.
  }
  return 'fr'
}

/** Builds the preferences slice; without storage the choice lasts for the visit only. */
export function createPreferencesSlice(
  storage: PreferenceStorage | undefined,
): StateCreator<GalleryState, [], [], PreferencesSlice> {
  return (set, get) => ({
    language: readLanguage(storage),
    setLanguage(language) {
      if (get().language !== language) set({ language })
      try {
        storage?.setItem(PREFERENCES_KEY, JSON.stringify({ language }))
      } catch {
        // Storage can be full or forbidden; the switch still works for this visit.
      }
      const { location } = get()
      // A URL that names a language must follow the switch, or a reload would switch back.
      if (location.lang !== undefined && location.lang !== language) {
        get().navigate({ ...location, lang: language }, { replace: true })
      }
    },
  })
}
