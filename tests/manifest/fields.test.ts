import { describe, expect, it } from 'vitest'
import { isHttpUrl, localize, mediaPathProblem } from '../../src/manifest/index.ts'

describe('isHttpUrl', () => {
  it.each([
    'https://eig.etalab.gouv.fr',
    'http://example.org/path?q=1#x',
    'HTTPS://EXAMPLE.ORG/',
    'https://gitlab.com/has-sante/public/adex',
  ])('accepts %s', (url) => expect(isHttpUrl(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example.org',
    '/relative/path',
    'https://',
    'https:/one-slash.example.org',
    ' https://example.org',
    'https://example.org ',
    'https://exa mple.org',
    'https:\\\\example.org',
    'ftp://example.org',
    'mailto:eig@data.gouv.fr',
    '',
  ])('refuses %j', (url) => expect(isHttpUrl(url)).toBe(false))
})

describe('mediaPathProblem', () => {
  it.each(['demo/eig4/adex/master.m3u8', 'uploads/a1b2/poster.jpg', 'x.vtt'])('accepts %s', (p) =>
    expect(mediaPathProblem(p)).toBeNull(),
  )
  it.each([
    ['../secret.mp4', 'media.dotdot'],
    ['demo/../../x.mp4', 'media.dotdot'],
    ['demo/./x.mp4', 'media.dotdot'],
    ['/etc/passwd', 'media.absolute'],
    ['C:/x.mp4', 'media.absolute'],
    ['https://cdn.example.org/x.mp4', 'media.absolute'],
    ['file:///etc/passwd', 'media.absolute'],
    ['%2e%2e/x.mp4', 'media.encoded'],
    ['demo\\x.mp4', 'media.backslash'],
    ['demo//x.mp4', 'media.characters'],
    ['demo/.hidden.mp4', 'media.characters'],
    ['demo/a b.mp4', 'media.characters'],
    ['', 'media.empty'],
  ])('refuses %j (%s)', (p, problem) => expect(mediaPathProblem(p)).toBe(problem))
})

describe('localize', () => {
  it('picks the language, then falls back', () => {
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello')
    expect(localize({ fr: 'Bonjour' }, 'en')).toBe('Bonjour')
    expect(localize({ en: 'Hello' }, 'fr')).toBe('Hello')
    expect(localize('ADEX', 'en')).toBe('ADEX')
    expect(localize(undefined, 'fr')).toBe('')
  })
})
