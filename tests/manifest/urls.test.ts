import { describe, expect, it } from 'vitest'
import { formatRoute, isServerPath, parseRoute, SERVER_ROOTS } from '../../src/manifest/index.ts'
import { SERVER_PREFIXES } from '../../src/server/spa.ts'

describe('the URL rules, written once', () => {
  it('read and write every kind of page', () => {
    for (const path of ['/', '/expo', '/expo/salle', '/expo/salle/defi', '/expo/programme', '/expo/booklet']) {
      expect(formatRoute(parseRoute(path))).toBe(path)
    }
    expect(parseRoute('/expo/programme/defi')).toEqual({ name: 'notFound', path: '/expo/programme/defi' })
    expect(parseRoute('/Expo')).toEqual({ name: 'notFound', path: '/Expo' })
  })

  it('name the paths the server answers itself, as the server does', () => {
    // The app leaves to the server exactly what the server keeps for itself.
    expect(SERVER_PREFIXES.length).toBe(SERVER_ROOTS.length)
    for (const prefix of SERVER_PREFIXES) expect(isServerPath(`${prefix}/x`), prefix).toBe(true)
    for (const path of ['/api/exhibitions', '/media/a.mp4', '/gallery/eig4.json', '/assets/x.js', '/eig4/data.csv']) {
      expect(isServerPath(path), path).toBe(true)
    }
    for (const path of ['/', '/eig4', '/eig4/programme', '/apiculture', '/eig4/media']) {
      expect(isServerPath(path), path).toBe(false)
    }
  })
})
