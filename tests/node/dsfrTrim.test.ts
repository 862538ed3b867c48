import { describe, expect, it } from 'vitest'
import { dsfrReplacement, dsfrTrim } from '../../src/node/dsfrTrim.ts'

const targets = { script: '/app/dsfrScript.ts', colors: '/app/dsfrColors.ts', unused: '/app/dsfrUnused.ts' }
const dsfr = '/repo/node_modules/@codegouvfr/react-dsfr'

describe('dsfrReplacement', () => {
  it('sends react-dsfr’s start to the app’s DSFR script instead of the whole dsfr.module', () => {
    expect(dsfrReplacement(targets, './dsfr/dsfr.module', `${dsfr}/start.js`)).toBe(targets.script)
  })

  it('gives `fr` the small colours and the Header stubs for the parts it never renders', () => {
    expect(dsfrReplacement(targets, './colors', `${dsfr}/fr/index.js`)).toBe(targets.colors)
    for (const table of ['./breakpoints', './spacing', './generatedFromCss/typography']) {
      expect(dsfrReplacement(targets, table, `${dsfr}/fr/index.js`)).toBe(targets.unused)
    }
    expect(dsfrReplacement(targets, './cx', `${dsfr}/fr/index.js`)).toBeNull()
    for (const part of [
      '../MainNavigation',
      '../Display/Display',
      '../SearchBar/SearchButton',
      '../SearchBar/SearchBar',
    ]) {
      expect(dsfrReplacement(targets, part, `${dsfr}/Header/Header.js`)).toBe(targets.unused)
    }
  })

  it('understands Windows paths', () => {
    const windows = 'C:\\repo\\node_modules\\@codegouvfr\\react-dsfr\\start.js'
    expect(dsfrReplacement(targets, './dsfr/dsfr.module', windows)).toBe(targets.script)
  })

  it('leaves every other import alone: the same name elsewhere, other react-dsfr files, entries', () => {
    expect(dsfrReplacement(targets, './colors', '/repo/src/ui/fr/index.js')).toBeNull()
    expect(dsfrReplacement(targets, './colors', `${dsfr}/useColors.js`)).toBeNull()
    expect(dsfrReplacement(targets, '../MainNavigation', `${dsfr}/Footer.js`)).toBeNull()
    expect(dsfrReplacement(targets, '../Display/Display', `${dsfr}/Display/index.js`)).toBeNull()
    expect(dsfrReplacement(targets, './dsfr/dsfr.module', undefined)).toBeNull()
  })

  it('is what the plugin resolves, before Vite’s own resolution', () => {
    const plugin = dsfrTrim(targets)
    expect(plugin.enforce).toBe('pre')
    const resolve = plugin.resolveId as (source: string, importer: string | undefined) => string | null
    expect(resolve('./dsfr/dsfr.module', `${dsfr}/start.js`)).toBe(targets.script)
    expect(resolve('react', `${dsfr}/start.js`)).toBeNull()
  })
})
