import { describe, expect, it } from 'vitest'
import { resolvePage } from '../../src/app/resolvePage.ts'
import { parseLocation } from '../../src/store/routes.ts'
import type { Load } from '../../src/store/index.ts'
import type { Manifest } from '../../src/manifest/index.ts'
import { sampleManifest } from '../ui/sampleManifest.ts'

const manifest = sampleManifest()
const ready: Load<Manifest> = { status: 'ready', data: manifest }
const idleList = { status: 'idle' } as const
const at = (url: string, exhibition: Load<Manifest> | null = ready) =>
  resolvePage(parseLocation(url), idleList, exhibition)

describe('resolvePage', () => {
  it('waits while the data a page needs is loading', () => {
    expect(resolvePage(parseLocation('/'), { status: 'loading' }, null)).toEqual({ page: 'loading' })
    expect(at('/expo', { status: 'loading' })).toEqual({ page: 'loading' })
  })

  it('shows the error the API gave', () => {
    expect(at('/nope', { status: 'error', error: 'notFound' })).toEqual({ page: 'error', error: 'notFound' })
    expect(resolvePage(parseLocation('/'), { status: 'error', error: 'network' }, null)).toEqual({
      page: 'error',
      error: 'network',
    })
  })

  it('sends each room to the page of its kind', () => {
    expect(at('/expo/donnees').page).toBe('room')
    expect(at('/expo/auditorium').page).toBe('auditorium')
    expect(at('/expo/accueil').page).toBe('lobby')
    expect(at('/expo/programme').page).toBe('programme')
    expect(at('/expo/booklet').page).toBe('booklet')
    expect(at('/expo/data.csv').page).toBe('error')
  })

  it('finds a défi only in the room that shows it', () => {
    const page = at('/expo/sante/medic')
    expect(page.page === 'defi' && [page.previous?.defi.id, page.stand.defi.id, page.next]).toEqual([
      'datafisc',
      'medic',
      null,
    ])
    expect(at('/expo/donnees/medic')).toMatchObject({ page: 'error', error: 'notFound' })
    expect(at('/expo/nowhere')).toMatchObject({ page: 'error', error: 'notFound' })
    expect(at('/expo/donnees/ghost')).toMatchObject({ page: 'error', error: 'notFound' })
  })

  it('answers URLs outside the scheme with not found, without waiting for data', () => {
    expect(at('/Expo/x/y/z', null)).toEqual({ page: 'error', error: 'notFound' })
  })
})
