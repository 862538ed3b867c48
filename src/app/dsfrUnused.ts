// Stand-ins for the parts of react-dsfr's Header that the app never renders, which the Header imports anyway: the
// main navigation (no `navigation` given), the search bar (no `renderSearchInput`) and the display settings dialog
// (`disableDisplay`). Together ~7 KB gzip the 2D twin would download for nothing (issue 4's budget is 120 KB).
// Each throws, naming this file, if a later change starts rendering it: then drop its line in src/node/dsfrTrim.ts.
function trimmed(part: string): never {
  throw new Error(`react-dsfr's ${part} is trimmed from the build: see src/app/dsfrUnused.ts`)
}

/** Never rendered: the Header gets no `navigation`. */
export function MainNavigation(): never {
  return trimmed('MainNavigation')
}

/** Never rendered: the Header gets `disableDisplay`. */
export function Display(): never {
  return trimmed('Display')
}

/** Never rendered: the Header gets no search input. */
export function SearchButton(): never {
  return trimmed('SearchButton')
}

/** The search bar's labels, which the Header asks for on every render but reads only when it shows a search bar. */
export function useTranslation(): { t: (key: string) => never } {
  return { t: () => trimmed('SearchBar') }
}
