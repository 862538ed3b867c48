import { describe, expect, it } from 'vitest'
import { applyOk, refusal, startDoc } from './fixture.ts'

const tour = {
  id: 'visite-2',
  title: { fr: 'Visite guidée', en: 'Guided tour' },
  kind: 'guided-tour' as const,
  start: '2021-06-17T16:00:00+02:00',
  end: '2021-06-17T16:30:00+02:00',
}

describe('session.add', () => {
  it('adds a session where asked', () => {
    const { doc } = applyOk(startDoc(), { type: 'session.add', session: tour, index: 0 })
    expect(doc.exhibition.programme![0]!.id).toBe('visite-2')
  })
  it('creates the programme when there was none, and undo takes the key away', () => {
    const start = startDoc()
    delete start.exhibition.programme
    const { doc } = applyOk(start, { type: 'session.add', session: tour })
    expect(doc.exhibition.programme).toHaveLength(1)
  })
  it('refuses an end before the start, on the end', () => {
    const refused = refusal(startDoc(), { type: 'session.add', session: { ...tour, end: '2021-06-17T15:00:00+02:00' } })
    expect(refused.path).toBe('$.exhibition.programme[2].end')
  })
})

describe('session.set', () => {
  it('edits times, stream and recording', () => {
    const { doc } = applyOk(startDoc(), {
      type: 'session.set',
      session: 'panel',
      field: 'liveStreamUrl',
      value: 'https://live.example.org/2',
    })
    expect(doc.exhibition.programme![0]!.liveStreamUrl).toBe('https://live.example.org/2')
    applyOk(startDoc(), { type: 'session.set', session: 'panel', field: 'recording' })
  })
  it('refuses a room that does not exist and a javascript: stream', () => {
    expect(refusal(startDoc(), { type: 'session.set', session: 'panel', field: 'room', value: 'nope' }).path).toMatch(
      /room$/,
    )
    expect(
      refusal(startDoc(), { type: 'session.set', session: 'panel', field: 'liveStreamUrl', value: 'javascript:x' })
        .path,
    ).toMatch(/liveStreamUrl$/)
  })
})

describe('session.remove', () => {
  it('removes a session; undo puts it back in place', () => {
    const { doc, inverse } = applyOk(startDoc(), { type: 'session.remove', session: 'panel' })
    expect(doc.exhibition.programme!.map((s) => s.id)).not.toContain('panel')
    expect(inverse[0]).toMatchObject({ type: 'session.add', index: 0 })
  })
})
