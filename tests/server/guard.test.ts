import { describe, expect, it } from 'vitest'
import { isSafeUrlPath } from '../../src/server/guard.ts'

describe('isSafeUrlPath', () => {
  it.each(['/', '/media/demo/eig4/adex/seg-1.m4s', '/eig4/anticiper-risques/', '/media/d%C3%A9fi.jpg', '/a.b/c'])(
    'lets %s through',
    (p) => expect(isSafeUrlPath(p)).toBe(true),
  )

  it.each([
    '/media/../x',
    '/media/%2e%2e/x',
    '/media/%2E%2e/x',
    '/media/.%2e/x',
    '/media/a/..',
    '/media/./x',
    '/media//etc/passwd',
    '/media/a%2fb',
    '/media/a%2Fb',
    '/media/a%5cb',
    '/media/a\\b',
    '/media/a%00.mp4',
    '/media/%E0%A4%A',
    'media/x',
  ])('stops %s', (p) => expect(isSafeUrlPath(p)).toBe(false))
})
