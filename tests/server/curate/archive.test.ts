import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organiser, request, startCurateServer, type CurateServer, type Organiser } from './http.ts'

let server: CurateServer
let alice: Organiser

beforeAll(async () => {
  server = await startCurateServer()
  alice = await organiser(server, 'alice@example.org')
})
afterAll(() => server.remove())

describe('archiving an exhibition', () => {
  it('puts it in the archive and takes it out, for organisers only, with an audit line each time', async () => {
    const archived = async () =>
      (await alice.send('GET', '/api/curate/archived')).json<{ archived: string[] }>().archived
    expect(await archived()).toEqual([])
    expect((await alice.send('PUT', '/api/curate/exhibitions/eig4/archived', { archived: true })).status).toBe(204)
    expect(await archived()).toEqual(['eig4'])
    expect((await alice.send('PUT', '/api/curate/exhibitions/eig4/archived', { archived: false })).status).toBe(204)
    expect(await archived()).toEqual([])
    const audit = (await alice.send('GET', '/api/curate/audit?exhibition=eig4')).json<{
      entries: { action: string }[]
    }>()
    expect(audit.entries.map((e) => e.action).slice(0, 2)).toEqual(['exhibition.unarchive', 'exhibition.archive'])
    // Visitors still find it.
    expect((await request(server.base, 'GET', '/api/exhibitions/eig4')).status).toBe(200)
  })

  it('refuses an unknown exhibition, a body without the flag, and anyone not signed in', async () => {
    expect((await alice.send('PUT', '/api/curate/exhibitions/nope/archived', { archived: true })).status).toBe(404)
    expect((await alice.send('PUT', '/api/curate/exhibitions/eig4/archived', { archived: 'yes' })).status).toBe(400)
    expect(
      (await request(server.base, 'PUT', '/api/curate/exhibitions/eig4/archived', { archived: true })).status,
    ).toBe(401)
  })
})
