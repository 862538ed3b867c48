import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseLocation } from '../../src/store/routes.ts'
import {
  createGalleryStore,
  createHttpApi,
  PREFERENCES_KEY,
  selectDefiSequence,
  selectExhibition,
  selectStandNeighbours,
  type HistoryPort,
  type PreferenceStorage,
} from '../../src/store/index.ts'
import { sampleManifest } from '../ui/sampleManifest.ts'

const manifest = sampleManifest()
let server: Server
let baseUrl = ''
const hits: string[] = []

// A real HTTP server on loopback, answering like the Fastify server does for the routes the store uses.
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (req.url === '/api/exhibitions') {
      const { id, title, promotion, dates } = manifest.exhibition
      return send(200, [{ id, title, promotion, dates, counts: { rooms: 4, defis: 3 } }])
    }
    if (req.url === '/api/exhibitions/expo') return send(200, manifest)
    if (req.url === '/api/exhibitions/broken') return send(500, { error: { fr: 'panne', en: 'failure' } })
    if (req.url === '/api/exhibitions/html') return send(200, '<!doctype html><p>proxy page</p>', 'text/html')
    return send(404, { error: { fr: 'inconnue', en: 'unknown' } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) }
}

function memoryHistory(): HistoryPort & { entries: string[] } {
  const entries: string[] = []
  return { entries, push: (url) => entries.push(url), replace: (url) => entries.splice(-1, 1, url) }
}

function makeStore(options: Partial<Parameters<typeof createGalleryStore>[0]> = {}) {
  return createGalleryStore({ api: createHttpApi({ baseUrl }), ...options })
}

describe('exhibitions slice', () => {
  it('loads the exhibitions list from the API and keeps it', async () => {
    const store = makeStore()
    expect(store.getState().exhibitionList.status).toBe('idle')
    const pending = store.getState().loadExhibitionList()
    expect(store.getState().exhibitionList.status).toBe('loading')
    await pending
    const list = store.getState().exhibitionList
    expect(list.status === 'ready' && list.data.map((e) => e.id)).toEqual(['expo'])
  })

  it('loads a manifest once, even when asked twice at the same time', async () => {
    const store = makeStore()
    const before = hits.filter((h) => h === '/api/exhibitions/expo').length
    await Promise.all([store.getState().loadExhibition('expo'), store.getState().loadExhibition('expo')])
    await store.getState().loadExhibition('expo')
    expect(hits.filter((h) => h === '/api/exhibitions/expo').length - before).toBe(1)
    const load = store.getState().exhibitions.get('expo')
    expect(load?.status === 'ready' && load.data.defis.map((d) => d.id)).toEqual(['adex', 'datafisc', 'medic'])
  })

  it('tells an unknown exhibition from a failing server, a wrong answer and an unreachable one', async () => {
    const store = makeStore()
    await store.getState().loadExhibition('nope')
    await store.getState().loadExhibition('broken')
    await store.getState().loadExhibition('html')
    expect(store.getState().exhibitions.get('nope')).toEqual({ status: 'error', error: 'notFound' })
    expect(store.getState().exhibitions.get('broken')).toEqual({ status: 'error', error: 'server' })
    expect(store.getState().exhibitions.get('html')).toEqual({ status: 'error', error: 'invalid' })
    const offline = createGalleryStore({ api: createHttpApi({ baseUrl: 'http://127.0.0.1:9' }) })
    await offline.getState().loadExhibitionList()
    expect(offline.getState().exhibitionList).toEqual({ status: 'error', error: 'network' })
  })

  it('retries a failed load when asked again', async () => {
    const store = makeStore()
    await store.getState().loadExhibition('broken')
    const before = hits.length
    await store.getState().loadExhibition('broken')
    expect(hits.length).toBe(before + 1)
  })

  it('selects the exhibition named by the current URL', async () => {
    const store = makeStore({ initialLocation: parseLocation('/expo/donnees') })
    expect(selectExhibition(store.getState())).toEqual({ status: 'idle' })
    await store.getState().loadExhibition('expo')
    expect(selectExhibition(store.getState())?.status).toBe('ready')
    store.getState().navigate('/')
    expect(selectExhibition(store.getState())).toBeNull()
  })
})

describe('location slice', () => {
  it('pushes each new page to the history, and replaces when asked', () => {
    const history = memoryHistory()
    const store = makeStore({ history })
    store.getState().navigate('/expo')
    store.getState().navigate({ name: 'room', exhibition: 'expo', room: 'donnees' })
    store.getState().navigate('/expo/donnees/adex', { replace: true })
    expect(history.entries).toEqual(['/expo', '/expo/donnees/adex'])
    expect(store.getState().location).toEqual({ name: 'defi', exhibition: 'expo', room: 'donnees', defi: 'adex' })
  })

  it('does not push the page the visitor is already on', () => {
    const history = memoryHistory()
    const store = makeStore({ history, initialLocation: parseLocation('/expo') })
    store.getState().navigate('/expo')
    expect(history.entries).toEqual([])
  })

  it('follows back and forward without pushing anything', () => {
    const history = memoryHistory()
    const store = makeStore({ history })
    store.getState().navigate('/expo/donnees')
    store.getState().followHistory('/expo')
    expect(store.getState().location).toEqual({ name: 'lobby', exhibition: 'expo' })
    expect(history.entries).toEqual(['/expo/donnees'])
  })
})

describe('preferences slice', () => {
  it('speaks French by default and remembers a switch to English', () => {
    const storage = memoryStorage()
    const store = makeStore({ storage })
    expect(store.getState().language).toBe('fr')
    store.getState().setLanguage('en')
    expect(makeStore({ storage }).getState().language).toBe('en')
  })

  it('ignores a corrupt stored preference', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: '{not json' })
    expect(makeStore({ storage }).getState().language).toBe('fr')
  })

  it('lets ?lang= in a shared link win and keeps the URL in step with later switches', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: JSON.stringify({ language: 'fr' }) })
    const history = memoryHistory()
    const store = makeStore({ storage, history, initialLocation: parseLocation('/expo?lang=en') })
    expect(store.getState().language).toBe('en')
    store.getState().setLanguage('fr')
    expect(store.getState().location.lang).toBe('fr')
    expect(history.entries.at(-1)).toBe('/expo?lang=fr')
    store.getState().followHistory('/expo?lang=en')
    expect(store.getState().language).toBe('en')
  })
})

describe('selectDefiSequence', () => {
  it('orders stands by room, then by their place in the room', () => {
    expect(selectDefiSequence(manifest).map((s) => `${s.room.id}/${s.defi.id}`)).toEqual([
      'donnees/adex',
      'donnees/datafisc',
      'sante/medic',
    ])
  })

  it('links each stand to the previous and next one across rooms', () => {
    const around = selectStandNeighbours(manifest, 'datafisc')
    expect(around?.previous?.defi.id).toBe('adex')
    expect(around?.next?.defi.id).toBe('medic')
    expect(around?.next?.room.id).toBe('sante')
    expect(selectStandNeighbours(manifest, 'adex')?.previous).toBeNull()
    expect(selectStandNeighbours(manifest, 'medic')?.next).toBeNull()
    expect(selectStandNeighbours(manifest, 'ghost')).toBeNull()
  })
})
