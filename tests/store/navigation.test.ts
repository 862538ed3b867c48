import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseLocation } from '../../src/store/routes.ts'
import { computeLayout, type Layout } from '../../src/layout/index.ts'
import { parseManifestText, type Manifest } from '../../src/manifest/index.ts'
import {
  createGalleryStore,
  createHttpApi,
  stepDestination,
  type GalleryStore,
  type HistoryPort,
} from '../../src/store/index.ts'

const text = readFileSync(new URL('../fixtures/eig4-2021.json', import.meta.url), 'utf8')
const parsed = parseManifestText(text)
if (!parsed.ok) throw new Error('eig4.json does not parse')
const manifest: Manifest = parsed.manifest
const layout: Layout = computeLayout(manifest)
let server: Server
let baseUrl = ''

// The real API over loopback HTTP, serving the EIG 4 gallery as the Fastify server does.
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/api/exhibitions/eig4') res.writeHead(200, { 'content-type': 'application/json' }).end(text)
    else res.writeHead(404).end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

type Entry = { url: string; how: 'push' | 'replace' }

/** A store at `url` with the EIG 4 manifest loaded, and the history it writes. */
async function open(url: string): Promise<{ store: GalleryStore; entries: string[]; log: Entry[] }> {
  const entries = [url]
  const log: Entry[] = []
  const history: HistoryPort = {
    push: (u) => {
      entries.push(u)
      log.push({ url: u, how: 'push' })
    },
    replace: (u) => {
      entries.splice(-1, 1, u)
      log.push({ url: u, how: 'replace' })
    },
  }
  const store = createGalleryStore({ api: createHttpApi({ baseUrl }), history, initialLocation: parseLocation(url) })
  await store.getState().loadExhibition('eig4')
  return { store, entries, log }
}

/** What the camera does with a travel: it arrives. */
function arrive(store: GalleryStore): void {
  const { travel } = store.getState()
  if (travel) store.getState().arrive(travel.id)
}

const DATAMED = '/eig4/faire-parler-les-donnees-publiques/datamed?view=3d'

describe('followUrl', () => {
  it('places the visitor by a cut in front of a deep-linked stand, with its panel open, and keeps the URL', async () => {
    const { store, entries } = await open(DATAMED)
    store.getState().followUrl()
    expect(store.getState().travel).toMatchObject({
      to: { kind: 'stand', defiId: 'datamed', open: true },
      instant: true,
    })
    arrive(store)
    const s = store.getState()
    expect([s.focusedDefiId, s.selectedDefiId, s.panelDefiId, s.roomId]).toEqual([
      'datamed',
      'datamed',
      'datamed',
      'faire-parler-les-donnees-publiques',
    ])
    expect(entries).toEqual([DATAMED])
  })

  it('puts a room URL at its door and a lobby URL at the entrance', async () => {
    const room = await open('/eig4/auditorium?view=3d')
    room.store.getState().followUrl()
    expect(room.store.getState().travel?.to).toEqual({ kind: 'room', roomId: 'auditorium' })
    const lobby = await open('/eig4?view=3d')
    lobby.store.getState().followUrl()
    expect(lobby.store.getState().travel?.to).toEqual({ kind: 'entrance' })
    // The lobby named as a room is the entrance too.
    const named = await open('/eig4/accueil?view=3d')
    named.store.getState().followUrl()
    expect(named.store.getState().travel?.to).toEqual({ kind: 'entrance' })
  })

  it('glides (no cut) to the place back or forward lead to, closing a panel that does not belong there', async () => {
    const { store } = await open(DATAMED)
    store.getState().followUrl()
    arrive(store)
    store.getState().followHistory('/eig4/faire-parler-les-donnees-publiques?view=3d')
    store.getState().followUrl()
    expect(store.getState().travel).toMatchObject({ to: { kind: 'room' }, instant: false, cause: 'link' })
    expect(store.getState().panelDefiId).toBeNull()
  })

  it('ignores the URLs the 3D view wrote itself, and language switches', async () => {
    const { store } = await open(DATAMED)
    store.getState().followUrl()
    arrive(store)
    store.getState().observe('faire-parler-les-donnees-publiques', 'adex')
    store.getState().followUrl()
    expect(store.getState().travel).toBeNull()
    store.getState().setLanguage('en')
    store.getState().navigate({ ...store.getState().location, lang: 'en' })
    store.getState().followUrl()
    expect(store.getState().travel).toBeNull()
  })
})

describe('observe', () => {
  it('replaces the URL as the visitor walks: the stand in front, or the room', async () => {
    const { store, entries, log } = await open('/eig4?view=3d&lang=fr')
    store.getState().followUrl()
    arrive(store)
    store.getState().observe('faire-parler-les-donnees-publiques', null)
    store.getState().observe('faire-parler-les-donnees-publiques', 'adex')
    expect(log.map((e) => e.how)).toEqual(['replace', 'replace'])
    expect(entries).toEqual(['/eig4/faire-parler-les-donnees-publiques/adex?view=3d&lang=fr'])
    expect(store.getState().roomId).toBe('faire-parler-les-donnees-publiques')
    expect(store.getState().focusedDefiId).toBe('adex')
  })

  it('writes nothing while a glide is under way, and unselects a stand left behind in another room', async () => {
    const { store, log } = await open(DATAMED)
    store.getState().followUrl()
    arrive(store)
    store.getState().travelTo({ kind: 'entrance' })
    store.getState().observe('accueil', null)
    expect(log).toEqual([])
    expect(store.getState().selectedDefiId).toBeNull()
  })
})

describe('arrive', () => {
  it('pushes a history entry for a stand or room the visitor jumped to, so that back returns', async () => {
    const { store, entries } = await open(DATAMED)
    store.getState().followUrl()
    arrive(store)
    store.getState().closePanel()
    store.getState().travelTo({ kind: 'stand', defiId: 'adex' })
    arrive(store)
    store.getState().travelTo({ kind: 'room', roomId: 'auditorium' })
    arrive(store)
    expect(entries).toEqual([
      DATAMED,
      '/eig4/faire-parler-les-donnees-publiques/adex?view=3d',
      '/eig4/auditorium?view=3d',
    ])
    expect(store.getState().panelDefiId).toBeNull()
    expect(store.getState().selectedDefiId).toBe('adex')
  })

  it('ignores a travel that was replaced or cancelled', async () => {
    const { store } = await open('/eig4?view=3d')
    const first = store.getState().travelTo({ kind: 'stand', defiId: 'adex' })
    store.getState().travelTo({ kind: 'stand', defiId: 'datamed' })
    store.getState().arrive(first)
    expect(store.getState().focusedDefiId).toBeNull()
    expect(store.getState().travel?.to).toEqual({ kind: 'stand', defiId: 'datamed' })
  })
})

describe('openPanel and closePanel', () => {
  it('opening pushes the stand URL; closing leaves the visitor where they are', async () => {
    const { store, entries } = await open('/eig4/faire-parler-les-donnees-publiques?view=3d')
    store.getState().followUrl()
    arrive(store)
    store.getState().openPanel('label')
    expect(entries.at(-1)).toBe('/eig4/faire-parler-les-donnees-publiques/label?view=3d')
    expect(entries).toHaveLength(2)
    expect(store.getState().selectedDefiId).toBe('label')
    store.getState().closePanel()
    expect(store.getState().panelDefiId).toBeNull()
    expect(entries).toHaveLength(2)
  })
})

describe('stepDestination', () => {
  const here = (focusedDefiId: string | null, roomId: string | null = null) => ({
    focusedDefiId,
    selectedDefiId: null,
    roomId,
  })
  const order = layout.stands.map((s) => s.defiId)

  it('goes to the next and previous stand in tour order, wrapping round', () => {
    expect(stepDestination(layout, here(order[0]!), 'nextStand')).toEqual({ kind: 'stand', defiId: order[1] })
    expect(stepDestination(layout, here(order.at(-1)!), 'nextStand')).toEqual({ kind: 'stand', defiId: order[0] })
    expect(stepDestination(layout, here(order[0]!), 'previousStand')).toEqual({ kind: 'stand', defiId: order.at(-1) })
  })

  it('starts from the room the visitor is in when no stand is in view', () => {
    const room = 'anticiper-et-gerer-les-risques'
    const first = layout.stands.find((s) => s.roomId === room)!.defiId
    expect(stepDestination(layout, here(null, room), 'nextStand')).toEqual({ kind: 'stand', defiId: first })
  })

  it('goes to the next room in order, then back to the entrance', () => {
    const ids = layout.rooms.map((r) => r.id)
    expect(stepDestination(layout, here(null, ids[0]!), 'nextRoom')).toEqual({ kind: 'room', roomId: ids[1] })
    expect(stepDestination(layout, here(null, ids.at(-1)!), 'nextRoom')).toEqual({ kind: 'entrance' })
  })
})

describe('tour', () => {
  const stops = layout.tour.map((s) => ({ defiId: s.defiId, roomId: s.roomId }))

  it('follows the manifest order, pushing each stand, moving on when its video ends', async () => {
    const { store, entries } = await open('/eig4?view=3d')
    store.getState().followUrl()
    arrive(store)
    store.getState().startTour(stops)
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      const { travel, tour } = store.getState()
      expect(travel).toMatchObject({ cause: 'tour', to: { kind: 'stand' } })
      // Until the camera arrives, an ended video (another stand's, or a late event) does not move the tour.
      store.getState().videoEnded(stops[tour.step]!.defiId)
      expect(store.getState().tour.step).toBe(i)
      arrive(store)
      seen.push(store.getState().selectedDefiId!)
      store.getState().videoEnded(stops[i]!.defiId)
    }
    const manifestOrder = manifest.rooms.flatMap((r) => r.stands)
    expect(seen).toEqual(manifestOrder.slice(0, 3))
    expect(entries.slice(1, 4).map((u) => u.split('?')[0]!.split('/').at(-1))).toEqual(manifestOrder.slice(0, 3))
  })

  it('does not move on while paused; resumes; and is done after the last stand', async () => {
    const { store } = await open('/eig4?view=3d')
    store.getState().startTour(stops.slice(0, 2))
    arrive(store)
    store.getState().pauseTour()
    store.getState().videoEnded(stops[0]!.defiId)
    expect(store.getState().tour).toMatchObject({ status: 'paused', step: 0 })
    store.getState().resumeTour()
    store.getState().videoEnded(stops[0]!.defiId)
    expect(store.getState().tour.step).toBe(1)
    arrive(store)
    store.getState().nextTourStop()
    expect(store.getState().tour.status).toBe('done')
    store.getState().previousTourStop()
    expect(store.getState().tour).toMatchObject({ status: 'paused', step: 0 })
  })

  it('can be left at any time, stopping the glide to the next stand', async () => {
    const { store } = await open('/eig4?view=3d')
    store.getState().startTour(stops)
    expect(store.getState().travel?.cause).toBe('tour')
    store.getState().leaveTour()
    expect(store.getState().tour.status).toBe('off')
    expect(store.getState().travel).toBeNull()
  })

  it('pauses when the visitor follows a link elsewhere', async () => {
    const { store } = await open('/eig4?view=3d')
    store.getState().followUrl()
    arrive(store)
    store.getState().startTour(stops)
    arrive(store)
    store.getState().navigate('/eig4/auditorium?view=3d')
    store.getState().followUrl()
    expect(store.getState().tour.status).toBe('paused')
    expect(store.getState().travel?.to).toEqual({ kind: 'room', roomId: 'auditorium' })
  })
})
