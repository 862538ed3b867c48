import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers.ts'
import { uploadServer } from './harness.ts'

let work: Awaited<ReturnType<typeof tempDir>>
let server: Awaited<ReturnType<typeof uploadServer>>
let token: string
beforeAll(async () => {
  work = await tempDir('team-commands')
  server = await uploadServer({ dataDir: path.join(work.dir, 'data'), mediaDir: path.join(work.dir, 'media') })
  token = server.link('adex').token
})
afterAll(async () => {
  await server.close()
  await work.remove()
})

const send = (commands: unknown, bearer: string | null = token) =>
  fetch(`${server.base}/api/team/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(bearer && { Authorization: `Bearer ${bearer}` }) },
    body: JSON.stringify({ commands }),
  })

describe('POST /api/team/commands', () => {
  it("puts the team's pitch into the draft, as submitted, leaving the published file alone", async () => {
    const pitch = { fr: 'Nouvelle accroche', en: 'New pitch' }
    const res = await send([{ type: 'defi.set', defi: 'adex', field: 'pitch', value: pitch }])
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ etag: expect.any(String), version: expect.any(Number) })
    expect(server.draftDefi('adex')).toMatchObject({ pitch, status: 'submitted' })
    const published = (await (await fetch(`${server.base}/api/exhibitions/eig4`)).json()) as {
      defis: { id: string; pitch: unknown }[]
    }
    expect(published.defis.find((d) => d.id === 'adex')?.pitch).not.toEqual(pitch)
  })

  it.each([
    ['another défi', [{ type: 'defi.set', defi: 'datamed', field: 'pitch', value: 'x' }]],
    ['the title', [{ type: 'defi.set', defi: 'adex', field: 'title', value: 'x' }]],
    ['the status', [{ type: 'defi.set', defi: 'adex', field: 'status', value: 'approved' }]],
    ['the media', [{ type: 'defi.set', defi: 'adex', field: 'media', value: { mp4: 'demo/x.mp4' } }]],
    ['a room', [{ type: 'room.rename', room: 'lobby', title: 'x' }]],
  ])('refuses a command on %s (403)', async (_label, commands) => {
    const res = await send(commands)
    expect(res.status).toBe(403)
    expect(((await res.json()) as { error: { en: string } }).error.en).toContain('may only change')
  })

  it('refuses a command that would make the manifest invalid (422), and one without a token (401)', async () => {
    expect((await send([{ type: 'defi.set', defi: 'adex', field: 'pitch', value: '' }])).status).toBe(422)
    expect((await send([{ type: 'defi.set', defi: 'adex', field: 'pitch', value: 'x' }], null)).status).toBe(401)
  })
})
