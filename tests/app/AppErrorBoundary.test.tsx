import { describe, expect, it } from 'vitest'
import { AppErrorBoundary } from '../../src/app/AppErrorBoundary.tsx'

const classify = (error: unknown) => AppErrorBoundary.getDerivedStateFromError(error).failure

describe('AppErrorBoundary.getDerivedStateFromError', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/CurrentPage-x.js',
    'Importing a module script failed.',
    'error loading dynamically imported module',
    'Unable to preload CSS for /assets/dsfr-x.css',
  ])('calls "%s" a part that could not load', (message) => {
    expect(classify(new TypeError(message))).toBe('load')
  })

  it('calls anything else a crash', () => {
    expect(classify(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('crash')
    expect(classify('a string thrown')).toBe('crash')
  })
})
