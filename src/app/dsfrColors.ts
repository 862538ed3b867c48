// react-dsfr's `fr.colors`, trimmed. Its full tables (~11 KB gzip) ship with every component because they hang off
// the `fr` object, yet react-dsfr itself reads a single value from them: the page background, for the `theme-color`
// meta tag. Anything else throws, naming this file, rather than silently reading nothing. See src/node/dsfrTrim.ts.
type Hex = { decisions: { background: { default: { grey: { default: string } } } } }

function trimmed(): never {
  throw new Error('fr.colors is trimmed from the build: see src/app/dsfrColors.ts')
}

/** The part of react-dsfr's colours the app and react-dsfr use: the default background, light and dark. */
export const colors = {
  get options(): never {
    return trimmed()
  },
  get decisions(): never {
    return trimmed()
  },
  getHex: ({ isDark }: { isDark: boolean }): Hex => ({
    decisions: { background: { default: { grey: { default: isDark ? '#161616' : '#ffffff' } } } },
  }),
}
