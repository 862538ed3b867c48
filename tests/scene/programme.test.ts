import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import { programmeBoard } from '../../src/scene/programme/board.ts'
import {
  auditoriumFeature,
  isPlayableStream,
  nextProgrammeChange,
  sessionsAt,
} from '../../src/scene/programme/programme.ts'
import { nowFromQuery } from '../../src/store/programme.ts'

/** The parts of the raw EIG 4 manifest these tests change. */
type Raw = {
  exhibition: { programme: { liveStreamUrl?: string; recording?: string }[]; dates: { timezone: string } }
  recordings: unknown[]
}

function eig4(edit: (m: Raw) => void = () => {}): Manifest {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/eig4-2021.json', import.meta.url), 'utf8')) as Raw
  edit(raw)
  const result = parseManifest(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

const at = (iso: string) => Date.parse(iso)

describe('nowFromQuery, as the scene reads it', () => {
  it('takes ?now= when it is a date with an offset', () => {
    expect(nowFromQuery('?now=2021-06-17T14:10:00%2B02:00', () => 0)).toBe(at('2021-06-17T12:10:00Z'))
  })
  it('falls back to the clock without it, or when it is not a date', () => {
    expect(nowFromQuery('?stats', () => 42)).toBe(42)
    expect(nowFromQuery('?now=tomorrow', () => 42)).toBe(42)
  })
})

describe('sessionsAt and nextProgrammeChange', () => {
  const m = eig4()
  it('finds the session on, start included and end excluded', () => {
    expect(sessionsAt(m, at('2021-06-17T14:00:00+02:00')).map((s) => s.id)).toEqual(['voisinage'])
    expect(sessionsAt(m, at('2021-06-17T14:50:00+02:00')).map((s) => s.id)).toEqual(['vecu-d-eig'])
  })
  it('says when the board must change next, and null after the programme', () => {
    expect(nextProgrammeChange(m, at('2021-06-17T14:10:00+02:00'))).toBe(at('2021-06-17T14:50:00+02:00'))
    expect(nextProgrammeChange(m, at('2030-01-01T00:00:00Z'))).toBeNull()
  })
})

describe('isPlayableStream', () => {
  it('accepts HLS and MP4 URLs, query strings included, and refuses pages', () => {
    expect(isPlayableStream('https://live.example.org/demo/master.m3u8?token=1')).toBe(true)
    expect(isPlayableStream('https://cdn.example.org/a.MP4')).toBe(true)
    expect(isPlayableStream('https://www.youtube.com/watch?v=abc')).toBe(false)
    expect(isPlayableStream('not a url')).toBe(false)
  })
})

describe('auditoriumFeature', () => {
  it('plays the session recording while a session without a playable stream is on', () => {
    const f = auditoriumFeature(eig4(), 'auditorium', at('2021-06-17T14:10:00+02:00'))
    expect(f).toMatchObject({ reason: 'session', session: { id: 'voisinage' }, recording: { id: 'voisinage' } })
  })
  it('plays the live stream while its session is on, when it is HLS', () => {
    const m = eig4((raw) => {
      raw.exhibition.programme[0]!.liveStreamUrl = 'https://live.example.org/eig/master.m3u8'
    })
    const f = auditoriumFeature(m, 'auditorium', at('2021-06-17T14:10:00+02:00'))
    expect(f?.reason).toBe('live')
    expect(f?.media.hls).toBe('https://live.example.org/eig/master.m3u8')
    // The recording's poster stays on the screen until the stream shows a frame.
    expect(f?.media.poster?.src).toBe('demo/eig4/voisinage/poster.jpg')
  })
  it('keeps to the recording when the live stream is a web page', () => {
    const m = eig4((raw) => {
      raw.exhibition.programme[0]!.liveStreamUrl = 'https://www.youtube.com/watch?v=abc'
    })
    expect(auditoriumFeature(m, 'auditorium', at('2021-06-17T14:10:00+02:00'))?.reason).toBe('session')
  })
  it('plays the last ended session recording afterwards', () => {
    const f = auditoriumFeature(eig4(), 'auditorium', at('2021-06-17T16:00:00+02:00'))
    expect(f).toMatchObject({ reason: 'after', recording: { id: 'vecu-d-eig' } })
  })
  it('plays the first recording before the programme starts', () => {
    const f = auditoriumFeature(eig4(), 'auditorium', at('2021-06-01T12:00:00+02:00'))
    expect(f).toMatchObject({ reason: 'recording', session: null, recording: { id: 'voisinage' } })
  })
  it('has nothing to play without recordings', () => {
    const m = eig4((raw) => {
      raw.recordings = []
      for (const s of raw.exhibition.programme) delete s.recording
    })
    expect(auditoriumFeature(m, 'auditorium', at('2021-06-17T14:10:00+02:00'))).toBeNull()
  })
})

describe('programmeBoard', () => {
  it('writes times in the exhibition time zone and marks the session on', () => {
    const days = programmeBoard(eig4(), 'fr', at('2021-06-17T14:10:00+02:00'))
    expect(days[0]!.date).toBe('jeudi 17 juin')
    expect(days[0]!.rows[0]).toEqual({
      id: 'voisinage',
      time: '14:00 – 14:50',
      title: 'Voisinage',
      place: 'Auditorium',
      now: true,
    })
    expect(days[0]!.rows.filter((r) => r.now)).toHaveLength(1)
  })
  it('keeps the exhibition time when it lies in another zone than the visitor', () => {
    const m = eig4((raw) => {
      raw.exhibition.dates.timezone = 'America/Cayenne'
    })
    expect(programmeBoard(m, 'en', 0)[0]!.rows[0]!.time).toBe('09:00 – 09:50')
  })
  it('says the day a session spanning several days ends', () => {
    const rows = programmeBoard(eig4(), 'en', 0).flatMap((d) => d.rows)
    expect(rows.find((r) => r.id === 'variations')?.time).toBe('09:00 → 24 June')
  })
})
