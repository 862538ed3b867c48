import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DraftDocument } from '../../../src/curation/index.ts'
import { CurateError, type CurateErrorBody } from '../../../src/ui/curate/api.ts'
import { createDraftSession, type DraftServer } from '../../../src/ui/curate/draftSession.ts'
import { organiser, startCurateServer, type CurateServer, type Organiser } from '../../server/curate/http.ts'

// The editing sessions of the curation screen against the real server over loopback, as two organisers.
let server: CurateServer
let alice: Organiser
let bruno: Organiser
const ID = 'eig4'
const url = `/api/curate/exhibitions/${ID}`

/** The curation API as the screen uses it, for one signed-in organiser. */
function over(o: Organiser): DraftServer {
  return {
    async draft() {
      const answer = await o.send('GET', url)
      return { doc: answer.json<DraftDocument>(), etag: answer.headers.get('etag') ?? '' }
    },
    async commands(_id, baseEtag, commands) {
      const answer = await o.send('POST', `${url}/commands`, { baseEtag, commands })
      if (answer.status !== 200) throw new CurateError(answer.status, answer.json<CurateErrorBody>())
      return answer.json<{ etag: string; draft?: DraftDocument }>()
    },
  }
}

const onServer = async () => (await alice.send('GET', url)).json<DraftDocument>()
const cityOf = (doc: DraftDocument | null, defi: string) => doc?.defis?.find((d) => d.id === defi)?.city

beforeAll(async () => {
  server = await startCurateServer()
  alice = await organiser(server, 'alice@example.org')
  bruno = await organiser(server, 'bruno@example.org')
})
afterAll(() => server.remove())

describe('createDraftSession', () => {
  it('sends an edit, undoes it back to the exact draft, and redoes it', async () => {
    const session = createDraftSession(over(alice), ID)
    await session.getState().reload()
    const start = JSON.stringify(await onServer())
    expect(await session.getState().edit([{ type: 'defi.set', defi: 'adex', field: 'city', value: 'Lyon' }])).toBe(true)
    expect(cityOf(await onServer(), 'adex')).toBe('Lyon')
    await session.getState().undoLast()
    expect(JSON.stringify(await onServer())).toBe(start)
    expect(session.getState().redo).toHaveLength(1)
    await session.getState().redoLast()
    expect(cityOf(await onServer(), 'adex')).toBe('Lyon')
    expect(cityOf(session.getState().doc, 'adex')).toBe('Lyon')
  })

  it('refuses an invalid edit on its field without sending it', async () => {
    const session = createDraftSession(over(alice), ID)
    await session.getState().reload()
    const before = JSON.stringify(await onServer())
    expect(await session.getState().edit([{ type: 'defi.set', defi: 'adex', field: 'pitch', value: '' }])).toBe(false)
    expect(session.getState().notice).toMatchObject({ kind: 'error', path: '$.defis[0].pitch' })
    expect(JSON.stringify(await onServer())).toBe(before)
  })

  it("shows another organiser's change with one's own, and a conflict on the same field instead of overwriting", async () => {
    const a = createDraftSession(over(alice), ID)
    const b = createDraftSession(over(bruno), ID)
    await a.getState().reload()
    await b.getState().reload()
    const seen = (s: typeof a, defi: string) => cityOf(s.getState().doc, defi) ?? null
    await a
      .getState()
      .edit([{ type: 'defi.set', defi: 'enki', field: 'city', value: 'Lille', expect: seen(a, 'enki') }])
    await b
      .getState()
      .edit([{ type: 'defi.set', defi: 'label', field: 'city', value: 'Brest', expect: seen(b, 'label') }])
    expect(b.getState().notice?.kind).toBe('merged')
    expect(cityOf(b.getState().doc, 'enki')).toBe('Lille')
    expect(cityOf(await onServer(), 'label')).toBe('Brest')

    await a.getState().edit([{ type: 'defi.set', defi: 'enki', field: 'city', value: 'Lens', expect: 'Lille' }])
    const sent = await b
      .getState()
      .edit([{ type: 'defi.set', defi: 'enki', field: 'city', value: 'Bordeaux', expect: 'Lille' }])
    expect(sent).toBe(false)
    expect(b.getState().notice?.kind).toBe('conflict')
    expect(cityOf(b.getState().doc, 'enki')).toBe('Lens')
    expect(cityOf(await onServer(), 'enki')).toBe('Lens')
  })

  it("shows another organiser's change on refresh, saying so, and stays quiet when nothing changed", async () => {
    const a = createDraftSession(over(alice), ID)
    const b = createDraftSession(over(bruno), ID)
    await a.getState().reload()
    await b.getState().reload()
    await b.getState().refresh()
    expect(b.getState().notice).toBeNull()
    await a.getState().edit([{ type: 'defi.set', defi: 'datamed', field: 'city', value: 'Rennes' }])
    await b.getState().refresh()
    expect(b.getState().notice?.kind).toBe('merged')
    expect(cityOf(b.getState().doc, 'datamed')).toBe('Rennes')
  })
})
