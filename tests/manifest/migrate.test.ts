import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, type Migration } from '../../src/manifest/index.ts'

// A made-up history to exercise the harness: v2 renamed `defis` to `stands`, v3 added a required `published` flag.
const history: Migration[] = [
  {
    to: 2,
    description: 'rename defis to stands',
    up: ({ defis, ...rest }) => ({ ...rest, stands: defis }),
    down: ({ stands, ...rest }) => ({ ...rest, defis: stands }),
  },
  {
    to: 3,
    description: 'add published',
    up: (doc) => ({ ...doc, published: false }),
    down: ({ published: _published, ...rest }) => rest,
  },
]

describe('migrate', () => {
  it('brings a version 1 document up to the newest version, step by step', () => {
    const result = migrate({ schemaVersion: 1, defis: ['a'] }, 3, history)
    expect(result).toEqual({ ok: true, from: 1, doc: { schemaVersion: 3, stands: ['a'], published: false } })
  })

  it('brings a newer document back down, each step undone', () => {
    const result = migrate({ schemaVersion: 3, stands: ['a'], published: true }, 1, history)
    expect(result).toEqual({ ok: true, from: 3, doc: { schemaVersion: 1, defis: ['a'] } })
  })

  it('round-trips every migration both ways', () => {
    const v1 = { schemaVersion: 1, defis: [{ id: 'x' }], rooms: [] }
    const up = migrate(v1, 3, history)
    if (!up.ok) throw new Error('up failed')
    const down = migrate(up.doc, 1, history)
    expect(down.ok && down.doc).toEqual(v1)
  })

  it('leaves a current document as it is, without touching the input', () => {
    const input = { schemaVersion: CURRENT_SCHEMA_VERSION, rooms: [] }
    const result = migrate(input)
    expect(result).toEqual({ ok: true, from: CURRENT_SCHEMA_VERSION, doc: input })
    expect(result.ok && result.doc).not.toBe(input)
  })

  it('refuses a document from a newer vernissage, a missing or a bad version', () => {
    const paths = (input: unknown) => {
      const r = migrate(input)
      return r.ok ? null : r.errors.map((e) => [e.path, e.message.en])
    }
    expect(paths({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual([
      ['$.schemaVersion', expect.stringMatching(/newer/)],
    ])
    expect(paths({})).toEqual([['$.schemaVersion', expect.stringMatching(/missing/)]])
    expect(paths({ schemaVersion: '1' })).toEqual([['$.schemaVersion', expect.stringMatching(/integer/)]])
    expect(paths({ schemaVersion: 0 })).toEqual([['$.schemaVersion', expect.stringMatching(/integer/)]])
    expect(paths([])).toEqual([['$', expect.stringMatching(/object/)]])
  })

  it('has one migration per version after the first, numbered in order', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 2))
  })
})
