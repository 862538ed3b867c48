import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organiser, request, startCurateServer, type CurateServer, type Organiser } from './http.ts'

let server: CurateServer
let alice: Organiser
const url = '/api/curate/exhibitions/eig4'

beforeAll(async () => {
  server = await startCurateServer()
  alice = await organiser(server, 'alice@example.org')
})
afterAll(() => server.remove())

describe('sending a défi back to its team', () => {
  it("puts it back to draft and shows the organiser's message on the team's link, the last one first", async () => {
    const made = await alice.send('POST', `${url}/team-links`, { defi: 'adex' })
    const { token } = made.json<{ token: string }>()
    const team = async () =>
      (await request(server.base, 'GET', '/api/team', undefined, { authorization: `Bearer ${token}` })).json<{
        review: { message: string; actor: string } | null
      }>()
    expect((await team()).review).toBeNull()
    for (const message of ['Sous-titres anglais manquants', 'Il manque aussi le texte de l’affiche']) {
      const sent = await alice.send('POST', `${url}/commands`, {
        commands: [{ type: 'defi.sendBack', defi: 'adex', message }],
      })
      expect(sent.status).toBe(200)
    }
    expect((await team()).review).toMatchObject({
      message: 'Il manque aussi le texte de l’affiche',
      actor: expect.stringContaining('alice'),
    })
    const draft = (await alice.send('GET', url)).json<{ defis: { id: string; status?: string }[] }>()
    expect(draft.defis.find((d) => d.id === 'adex')?.status).toBe('draft')
  })

  it('keeps no message from a batch that did not land', async () => {
    const made = await alice.send('POST', `${url}/team-links`, { defi: 'enki' })
    const { token } = made.json<{ token: string }>()
    const batch = [
      { type: 'defi.sendBack', defi: 'enki', message: 'Jamais envoyé' },
      { type: 'defi.set', defi: 'nope', field: 'city', value: 'x' },
    ]
    expect((await alice.send('POST', `${url}/commands`, { commands: batch })).status).toBe(409)
    const team = await request(server.base, 'GET', '/api/team', undefined, { authorization: `Bearer ${token}` })
    expect(team.json<{ review: unknown }>().review).toBeNull()
  })
})
