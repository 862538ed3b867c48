import { describe, expect, it } from 'vitest'
import { colors } from '../../src/app/dsfrColors.ts'
import {
  breakpoints,
  Display,
  MainNavigation,
  SearchButton,
  spacing,
  typography,
  useTranslation,
} from '../../src/app/dsfrUnused.ts'

describe('the trimmed fr.colors', () => {
  it('gives react-dsfr the page background it puts in the theme-color meta, light and dark', () => {
    expect(colors.getHex({ isDark: false }).decisions.background.default.grey.default).toBe('#ffffff')
    expect(colors.getHex({ isDark: true }).decisions.background.default.grey.default).toBe('#161616')
  })

  it('says where to look when something reads the tables it left out', () => {
    expect(() => colors.options).toThrow(/trimmed from the build: see src\/app\/dsfrColors\.ts/)
    expect(() => colors.decisions).toThrow(/dsfrColors\.ts/)
  })
})

describe('the Header parts left out', () => {
  it('throw a message naming the part and the file if they are ever rendered', () => {
    expect(() => MainNavigation()).toThrow(/MainNavigation is trimmed from the build: see src\/app\/dsfrUnused\.ts/)
    expect(() => Display()).toThrow(/Display is trimmed/)
    expect(() => SearchButton()).toThrow(/SearchButton is trimmed/)
  })

  it('let the Header ask for the search bar’s labels, and refuse only to give one', () => {
    const { t } = useTranslation()
    expect(() => t('label')).toThrow(/SearchBar is trimmed/)
  })
})

describe('the fr tables left out', () => {
  it('throw a message naming the table on any read', () => {
    expect(() => (breakpoints as Record<string, unknown>).md).toThrow(/fr\.breakpoints is trimmed from the build/)
    expect(() => (spacing as Record<string, unknown>)['2w']).toThrow(/fr\.spacing is trimmed/)
    expect(() => 'h1' in (typography as object)).toThrow(/fr\.typography is trimmed/)
    expect(() => Object.keys(typography as object)).toThrow(/fr\.typography is trimmed/)
  })
})
