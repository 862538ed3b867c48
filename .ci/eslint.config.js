// ESLint flat config. It lives in .ci/ because the repository's top level is fixed; `npm run lint` points at it.
import js from '@eslint/js'
import r3f from '@react-three/eslint-plugin'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const pure = [
  'react',
  'react-dom',
  'react/*',
  'three',
  'three/*',
  '@react-three/*',
  'node:*',
  'fastify',
  '@fastify/*',
  'hls.js',
  'zustand',
  '@codegouvfr/*',
]
// What the store, under the views, must not import: the React and three worlds and DSFR (zustand's vanilla store is fine).
const browserOnly = [
  'react',
  'react-dom',
  'react/*',
  'three',
  'three/*',
  '@react-three/*',
  'node:*',
  '@codegouvfr/*',
  'hls.js',
]
// The project's folders named, at any depth of `../`.
const folders = (...names) => names.flatMap((name) => [`../${name}/**`, `**/../${name}/**`])
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'media/**', 'tests/fixtures/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/scene/**', 'src/ui/**', 'src/app/**', 'src/store/**', 'src/video/**'],
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
    },
  },
  // Fences between folders, written with `**` so that nested folders are fenced too (src/ui/overlay, src/scene/atlas,
  // src/server/curate…): `folders('scene')` refuses `../scene/x`, `../../scene/x` and deeper. tests/ci/fences.test.ts
  // proves each one by linting a forbidden import.
  {
    files: ['src/manifest/**'],
    rules: restrict([...pure, '../**'], 'src/manifest is the bottom layer: it imports nothing of the project'),
  },
  {
    files: ['src/layout/**', 'src/curation/**', 'src/opendata/**'],
    rules: restrict(
      [...pure, ...folders('app', 'store', 'ui', 'scene', 'video', 'server', 'node', 'cli', 'media')],
      'pure layers import no React, three, DOM-bound or Node modules, and only manifest (and layout) of the project',
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      [...browserOnly, ...folders('app', 'ui', 'scene', 'server', 'node', 'cli', 'media')],
      'src/store is the zustand store under the views: no React, three, DSFR, views, server or Node code',
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      ['three', 'three/*', '@react-three/*', 'node:*', ...folders('app', 'scene', 'server', 'node', 'cli', 'media')],
      'src/ui is the 2D side: no three, no scene, no server code, and not the app shell that imports it',
    ),
  },
  {
    files: ['src/scene/**'],
    rules: restrict(
      ['node:*', ...folders('app', 'ui', 'server', 'node', 'cli', 'media')],
      'src/scene draws; it does not reach the server, the 2D views or the app shell',
    ),
  },
  {
    files: ['src/server/**', 'src/node/**', 'src/cli/**'],
    rules: restrict(
      ['react', 'react-dom', 'react-dom/*', 'three', '@react-three/*', ...folders('app', 'ui', 'scene', 'store')],
      'server code imports manifest and curation, never the client',
    ),
  },
)
