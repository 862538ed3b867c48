import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { dsfrTrim } from './src/node/dsfrTrim.ts'
import { precompress } from './src/node/precompress.ts'

// The app lives in src/ (the repository's top level is fixed), so Vite's root is src/; tests still run from here.
const repositoryRoot = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [
    react(),
    dsfrTrim({
      script: fileURLToPath(new URL('src/app/dsfrScript.ts', import.meta.url)),
      colors: fileURLToPath(new URL('src/app/dsfrColors.ts', import.meta.url)),
      unused: fileURLToPath(new URL('src/app/dsfrUnused.ts', import.meta.url)),
    }),
    precompress(),
  ],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Every browser the exhibition supports preloads modules itself; the polyfill would cost the 2D twin's budget.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/gallery': 'http://127.0.0.1:8080',
      '/media': 'http://127.0.0.1:8080',
      '/api': 'http://127.0.0.1:8080',
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: repositoryRoot,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: repositoryRoot,
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
