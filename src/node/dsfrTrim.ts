import type { Plugin } from 'vite'

/** Where the trimmed replacements live, as absolute paths. */
export type DsfrTrimTargets = {
  /** The app's DSFR script, for react-dsfr's whole `dsfr.module`. */
  script: string
  /** A small `fr.colors`, for its full tables. */
  colors: string
  /** Stand-ins for the Header's parts the app never renders, and the parts of `fr` nothing reads. */
  unused: string
}

/** Which import, in which react-dsfr file, goes where. */
const REPLACEMENTS: { importer: string; source: string; target: keyof DsfrTrimTargets }[] = [
  { importer: 'start.js', source: './dsfr/dsfr.module', target: 'script' },
  { importer: 'fr/index.js', source: './colors', target: 'colors' },
  { importer: 'fr/index.js', source: './breakpoints', target: 'unused' },
  { importer: 'fr/index.js', source: './spacing', target: 'unused' },
  { importer: 'fr/index.js', source: './generatedFromCss/typography', target: 'unused' },
  { importer: 'Header/Header.js', source: '../MainNavigation', target: 'unused' },
  { importer: 'Header/Header.js', source: '../Display/Display', target: 'unused' },
  { importer: 'Header/Header.js', source: '../SearchBar/SearchButton', target: 'unused' },
  { importer: 'Header/Header.js', source: '../SearchBar/SearchBar', target: 'unused' },
]

/** The replacement for `source` imported by `importer`, or null when the import stays as it is. */
export function dsfrReplacement(targets: DsfrTrimTargets, source: string, importer: string | undefined): string | null {
  if (importer === undefined) return null
  const from = importer.replaceAll('\\', '/')
  const found = REPLACEMENTS.find((r) => r.source === source && from.endsWith(`/@codegouvfr/react-dsfr/${r.importer}`))
  return found ? targets[found.target] : null
}

/**
 * A Vite plugin that keeps react-dsfr's unused weight out of the build: its start imports the app's own DSFR script
 * (core and the components used) instead of the whole `dsfr.module`, `fr.colors` resolves to a small stand-in, and
 * the Header's unrendered parts and `fr`'s unread tables to stubs that throw if used.
 */
export function dsfrTrim(targets: DsfrTrimTargets): Plugin {
  return {
    name: 'vernissage:dsfr-trim',
    enforce: 'pre',
    resolveId: (source, importer) => dsfrReplacement(targets, source, importer),
  }
}
