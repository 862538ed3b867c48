// Stand-ins for the parts of react-dsfr's Header that the app never renders, which the Header imports anyway: the
// main navigation (no `navigation` given), the search bar (no `renderSearchInput`) and the display settings dialog
// (`disableDisplay`); and for the tables of the `fr` object that no component the app uses reads (only `fr.cx`).
// Together ~9 KB gzip the 2D twin would download for nothing (issue 4's budget is 120 KB).
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

/** A stand-in object that throws, naming the part, on any use. */
function trimmedObject(part: string): never {
  return new Proxy(
    {},
    {
      get: () => trimmed(part),
      has: () => trimmed(part),
      ownKeys: () => trimmed(part),
    },
  ) as never
}

/** `fr.breakpoints`, which none of the components the app uses reads. */
export const breakpoints = trimmedObject('fr.breakpoints')
/** `fr.spacing`, which none of the components the app uses reads. */
export const spacing = trimmedObject('fr.spacing')
/** `fr.typography`, which none of the components the app uses reads. */
export const typography = trimmedObject('fr.typography')
