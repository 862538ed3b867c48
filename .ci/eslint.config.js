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
  {
    files: ['src/manifest/**', 'src/layout/**', 'src/curation/**', 'src/opendata/**'],
    rules: restrict(
      [...pure, '../*/**', '!../manifest/**', '!../layout/**', '!../opendata/**'],
      'pure layers import no React, three, DOM-bound or Node modules',
    ),
  },
  {
    files: ['src/manifest/**'],
    rules: restrict([...pure, '../*'], 'src/manifest is the bottom layer: it imports nothing of the project'),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      ['three', 'three/*', '@react-three/*', '../scene/*', '../server/*', '../node/*', 'node:*'],
      'src/ui is the 2D side: no three, no scene, no server code',
    ),
  },
  {
    files: ['src/scene/**'],
    rules: restrict(
      ['../server/*', '../node/*', 'node:*', '../ui/*'],
      'src/scene draws; it does not reach the server or the 2D views',
    ),
  },
  {
    files: ['src/server/**', 'src/node/**', 'src/cli/**'],
    rules: restrict(
      ['../app/*', '../ui/*', '../scene/*', '../store/*', 'react', 'react-dom', 'three', '@react-three/*'],
      'server code imports manifest and curation, never the client',
    ),
  },
)
