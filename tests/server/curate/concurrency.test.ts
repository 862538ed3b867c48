import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { organiser, request, startCurateServer, type CurateServer, type Organiser } from './http.ts'

// 20 organisers at once. Each owns 10 défis and sends 50 commands, each setting one (défi, field) slot of its own to a
// value naming the organiser and the command, so that every command that landed can be counted in the final draft.
const CLIENTS = 20
const COMMANDS = 50
const FIELDS = ['title', 'pitch', 'description', 'city', 'team'] as const
const PUTS = 3
const url = '/api/curate/exhibitions/crowd'

type Defi = Record<string, unknown> & { id: string }
type Doc = { exhibition: { id: string }; defis: Defi[] }

let server: CurateServer
let organisers: Organiser[]

const defiId = (client: number, j: number) => `d${client}-${j % 10}`
const field = (j: number) => FIELDS[Math.floor(j / 10)]!
const mark = (client: number, j: number) => `o${client}c${j}`
const valueOf = (client: number, j: number) => (field(j) === 'team' ? [{ name: mark(client, j) }] : mark(client, j))

function crowd(): Doc {
  const doc = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as Doc & {
    rooms: { stands?: string[] }[]
    exhibition: { programme?: unknown }
  }
  doc.exhibition.id = 'crowd'
  const defis: Defi[] = []
  for (let c = 0; c < CLIENTS; c++) {
    for (let k = 0; k < 10; k++) {
      defis.push({ id: `d${c}-${k}`, title: 'T', pitch: 'P', administration: { name: 'A' }, status: 'submitted' })
    }
  }
  doc.defis = defis
  doc.rooms[1]!.stands = defis.map((d) => d.id)
  return doc
}

beforeAll(async () => {
  server = await startCurateServer()
  // Five accounts, twenty sessions: several organisers may share an account, each client signs in on its own.
  const emails = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}@example.org`)
  organisers = []
  for (let i = 0; i < CLIENTS; i++) organisers.push(await organiser(server, emails[i % 5]!, i < 5))
  const created = await organisers[0]!.send('POST', '/api/curate/exhibitions', crowd())
  expect(created.status).toBe(201)
  const first = await organisers[0]!.send('POST', `${url}/publish`, undefined, {
    'if-match': created.json<{ etag: string }>().etag,
  })
  expect(first.status).toBe(200)
}, 60_000)
afterAll(() => server.remove())

/** Reads the draft and the public exhibition as fast as it can until `done`, checking every answer parses. */
async function reader(who: Organiser, done: () => boolean) {
  const seen = { draft: 0, public: 0, invalid: [] as string[] }
  while (!done()) {
    const draft = await who.send('GET', url)
    try {
      expect(JSON.parse(draft.text)).toMatchObject({ exhibition: { id: 'crowd' } })
      seen.draft += 1
    } catch {
      seen.invalid.push(draft.text.slice(0, 200))
    }
    const visible = await request(server.base, 'GET', '/api/exhibitions/crowd')
    if (visible.status === 404) continue
    try {
      expect(JSON.parse(visible.text)).toMatchObject({ exhibition: { id: 'crowd' } })
      seen.public += 1
    } catch {
      seen.invalid.push(visible.text.slice(0, 200))
    }
  }
  return seen
}

/** Publishes whatever the draft is, over and over, so that the public file changes under the reader too. */
async function publisher(who: Organiser, done: () => boolean) {
  const statuses: number[] = []
  let etag = (await who.send('GET', url)).headers.get('etag')!
  while (!done()) {
    const answer = await who.send('POST', `${url}/publish`, undefined, { 'if-match': etag })
    statuses.push(answer.status)
    // A 412 names the draft as it now is: try that one straight away.
    etag = answer.headers.get('etag') ?? etag
  }
  return statuses
}

it('20 organisers sending 50 commands each at once all land, while readers never see invalid JSON', async () => {
  let finished = false
  const watching = reader(organisers[0]!, () => finished)
  const publishing = publisher(organisers[1]!, () => finished)
  const statuses = await Promise.all(
    organisers.map(async (who, client) => {
      const got: number[] = []
      for (let j = 0; j < COMMANDS; j++) {
        const command = { type: 'defi.set', defi: defiId(client, j), field: field(j), value: valueOf(client, j) }
        got.push((await who.send('POST', `${url}/commands`, { commands: [command] })).status)
      }
      return got
    }),
  )
  finished = true
  const seen = await watching
  const published = await publishing

  expect(statuses.flat().filter((s) => s !== 200)).toEqual([])
  const final = (await organisers[2]!.send('GET', url)).json<Doc>()
  const defis = new Map(final.defis.map((d) => [d.id, d]))
  let landed = 0
  for (let client = 0; client < CLIENTS; client++) {
    for (let j = 0; j < COMMANDS; j++) {
      if (JSON.stringify(defis.get(defiId(client, j))?.[field(j)]) === JSON.stringify(valueOf(client, j))) landed += 1
    }
  }
  expect(landed).toBe(CLIENTS * COMMANDS)
  expect((await organisers[2]!.send('GET', `${url}/versions`)).json<unknown[]>()).toHaveLength(1 + CLIENTS * COMMANDS)
  expect(seen.invalid).toEqual([])
  expect(seen.draft).toBeGreaterThan(0)
  expect(seen.public).toBeGreaterThan(0)
  expect(published.length).toBeGreaterThan(0)
  expect(published.filter((s) => s !== 200 && s !== 412)).toEqual([])
}, 150_000)

it('20 writers doing PUT with If-Match get 200 or 412, and every 200 is in the history and the final draft', async () => {
  const before = (await organisers[0]!.send('GET', `${url}/versions`)).json<unknown[]>().length
  let finished = false
  const watching = reader(organisers[0]!, () => finished)
  const results = await Promise.all(
    organisers.map(async (who, client) => {
      const statuses: number[] = []
      const saved: { version: number; etag: string; value: string }[] = []
      const current = await who.send('GET', url)
      let doc = current.json<Doc>()
      let etag = current.headers.get('etag')!
      while (saved.length < PUTS && statuses.length < 500) {
        const value = `put-${client}-${saved.length}`
        doc.defis.find((d) => d.id === `d${client}-0`)!.mentors = [{ name: value }]
        const answer = await who.send('PUT', url, doc, { 'if-match': etag })
        statuses.push(answer.status)
        if (answer.status === 200) {
          const body = answer.json<{ version: number; etag: string }>()
          saved.push({ ...body, value })
          etag = body.etag
        } else if (answer.status === 412) {
          const stale = answer.json<{ draft: Doc; etag: string }>()
          doc = stale.draft
          etag = stale.etag
        }
      }
      return { statuses, saved }
    }),
  )
  finished = true
  expect((await watching).invalid).toEqual([])
  const statuses = results.flatMap((r) => r.statuses)
  expect(statuses.filter((s) => s !== 200 && s !== 412)).toEqual([])
  // They all started from the same version: most of them had to start again at least once.
  expect(statuses.filter((s) => s === 412).length).toBeGreaterThanOrEqual(CLIENTS - 1)
  const final = (await organisers[0]!.send('GET', url)).json<Doc>()
  const versions = (await organisers[0]!.send('GET', `${url}/versions`)).json<{ n: number; etag: string }[]>()
  expect(versions).toHaveLength(before + CLIENTS * PUTS)
  for (const [client, { saved }] of results.entries()) {
    expect(saved).toHaveLength(PUTS)
    const mentors = final.defis.find((d) => d.id === `d${client}-0`)?.mentors
    expect(mentors).toEqual([{ name: `put-${client}-${PUTS - 1}` }])
    for (const put of saved) {
      const version = await organisers[0]!.send('GET', `${url}/versions/${put.version}`)
      expect(version.headers.get('etag')).toBe(put.etag)
      const there = version.json<Doc>().defis.find((d) => d.id === `d${client}-0`)?.mentors
      expect(there).toEqual([{ name: put.value }])
    }
  }
  // Nothing the commands did was lost to a PUT either.
  expect(final.defis.find((d) => d.id === 'd7-3')?.city).toBe(mark(7, 33))
}, 150_000)
