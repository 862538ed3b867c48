import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCommand, type Command, type DraftDocument } from '../../src/curation/index.ts'
import { parseManifest } from '../../src/manifest/index.ts'
import { startDoc } from './fixture.ts'

/** One random edit, as numbers and text that pick its target in whatever the document is when it comes. */
type Seed = { op: number; a: number; b: number; text: string; flag: boolean }

const COLOURS = ['#000091', '#18753c', '#ffffff', 'nope']
const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)]

/** The commands a seed stands for in `doc`: mostly valid ones on existing ids, sometimes ones to be refused. */
function commandFor(doc: DraftDocument, s: Seed): Command {
  const rooms = doc.rooms.map((r) => r.id)
  const defis = (doc.defis ?? []).map((d) => d.id)
  const sessions = (doc.exhibition.programme ?? []).map((x) => x.id)
  const room = pick(rooms, s.a) ?? 'none'
  const defi = pick(defis, s.a) ?? 'none'
  const session = pick(sessions, s.a) ?? 'none'
  const text = s.flag ? s.text : { fr: s.text, en: `${s.text} (en)` }
  switch (s.op % 15) {
    case 0:
      return { type: 'room.create', room: { id: `r${s.b % 7}`, title: text, kind: 'themed' }, index: s.a % 6 }
    case 1:
      return { type: 'room.rename', room, title: text }
    case 2:
      return s.flag ? { type: 'room.recolour', room } : { type: 'room.recolour', room, themeColor: pick(COLOURS, s.b)! }
    case 3:
      return { type: 'room.move', room, index: s.b % 6 }
    case 4:
      return { type: 'room.delete', room }
    case 5:
      return { type: 'stand.move', defi, room: s.flag ? null : (pick(rooms, s.b) ?? null), index: s.b % 4 }
    case 6:
      return {
        type: 'defi.create',
        defi: { id: `d${s.b % 7}`, title: s.text || 'x', pitch: text, administration: { name: 'Adm' } },
        index: s.b % 5,
      }
    case 7:
      return { type: 'defi.set', defi, field: 'pitch', value: text }
    case 8:
      return s.flag
        ? { type: 'defi.set', defi, field: 'city' }
        : { type: 'defi.set', defi, field: 'city', value: s.text }
    case 9:
      return { type: 'defi.delete', defi }
    case 10:
      return s.flag ? { type: 'defi.approve', defi } : { type: 'defi.sendBack', defi, message: s.text }
    case 11: {
      const hour = 10 + (s.b % 8)
      const session = {
        id: `s${s.b % 5}`,
        title: text,
        kind: 'panel' as const,
        start: `2021-06-17T${hour}:00:00+02:00`,
        end: `2021-06-17T${hour}:${s.flag ? '00' : '30'}:00+02:00`,
      }
      return { type: 'session.add', session, index: s.a % 4 }
    }
    case 12:
      return s.flag
        ? { type: 'session.set', session, field: 'liveStreamUrl' }
        : { type: 'session.set', session, field: 'room', value: room }
    case 13:
      return { type: 'session.remove', session }
    default:
      return s.flag
        ? { type: 'exhibition.set', field: 'subtitle' }
        : { type: 'exhibition.set', field: 'title', value: text }
  }
}

const seed = fc.record({
  op: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.string({ maxLength: 12 }),
  flag: fc.boolean(),
})

describe('random command sequences', () => {
  it('always give a manifest that parses, and undoing the whole sequence gives back the exact start', () => {
    const starts = [startDoc(), bareStart()]
    const applied = new Map<string, number>()
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(seed, { maxLength: 25 }), (which, seeds) => {
        const start = starts[which]!
        const bytes = JSON.stringify(start)
        let doc = start
        const undo: Command[][] = []
        for (const s of seeds) {
          const cmd = commandFor(doc, s)
          const result = applyCommand(doc, cmd)
          if (!result.ok) continue
          applied.set(cmd.type, (applied.get(cmd.type) ?? 0) + 1)
          expect(parseManifest(result.doc).ok).toBe(true)
          doc = result.doc
          undo.push(result.inverse)
        }
        for (const inverse of undo.reverse()) {
          for (const cmd of inverse) {
            const result = applyCommand(doc, cmd)
            expect(result.ok).toBe(true)
            if (result.ok) doc = result.doc
          }
        }
        expect(doc).toEqual(start)
        expect(JSON.stringify(doc)).toBe(bytes)
        expect(JSON.stringify(start)).toBe(bytes)
      }),
      { numRuns: 1000 },
    )
    // The sequences really edit: every kind of command was applied, many times.
    expect(applied.size).toBe(15)
    expect(Math.min(...applied.values())).toBeGreaterThan(100)
  })
})

/** The fixture with the optional lists left out (no programme, a themed room with no `stands`), as a file may have. */
function bareStart(): DraftDocument {
  const doc = startDoc()
  delete doc.exhibition.programme
  doc.rooms.push({ id: 'vide', title: 'Vide', kind: 'themed' })
  return doc
}
