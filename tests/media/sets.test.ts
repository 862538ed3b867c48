import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import { clipSeconds, listDemoSets } from '../../src/media/sets.ts'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function fixture(edit: (doc: Json) => void = () => {}): Manifest {
  const doc = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/valid/minimal.json'), 'utf8')) as Json
  edit(doc)
  const result = parseManifest(doc)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

describe('clipSeconds', () => {
  it('uses 12 s by default and keeps any length between 10 and 20 s', () => {
    expect([clipSeconds(undefined), clipSeconds(3), clipSeconds(15), clipSeconds(600)]).toEqual([12, 10, 15, 20])
  })
})

describe('listDemoSets', () => {
  it("finds a défi's set with its room colour, administration and files", () => {
    const [set, ...rest] = listDemoSets(fixture(), 'minimal.json')
    expect(rest).toEqual([])
    expect(set).toMatchObject({
      label: 'demo/adex',
      at: 'minimal.json $.defis[0].media',
      colour: '#1f8d49',
      durationSeconds: 12,
      facts: { kind: 'defi', by: 'Haute Autorité de Santé', title: { fr: 'ADEX' } },
      outputs: {
        hls: 'demo/demo/adex/master.m3u8',
        mp4: 'demo/demo/adex/restitution.mp4',
        poster: 'demo/demo/adex/poster.jpg',
        captions: [{ lang: 'fr', path: 'demo/demo/adex/captions.fr.vtt' }],
      },
    })
  })

  it('leaves real media alone: only paths under demo/ are made', () => {
    const sets = listDemoSets(
      fixture((doc) => {
        doc.defis[0].media.hls = 'eig4/adex/master.m3u8'
        doc.defis[0].media.mp4 = 'eig4/adex/restitution.mp4'
      }),
      'm.json',
    )
    expect(sets[0]!.outputs.hls).toBeUndefined()
    expect(sets[0]!.outputs.mp4).toBeUndefined()
    expect(sets[0]!.outputs.poster).toBe('demo/demo/adex/poster.jpg')
    const none = fixture((doc) => {
      doc.defis[0].media = { hls: 'eig4/adex/master.m3u8' }
    })
    expect(listDemoSets(none, 'm.json')).toEqual([])
  })

  it("lists extras with their défi's title, and recordings with the auditorium's colour and the speakers", () => {
    const manifest = fixture((doc) => {
      doc.rooms[2].themeColor = '#6a6af4'
      doc.defis[0].extras = [{ title: 'Les coulisses', media: { mp4: 'demo/demo/adex/extra/coulisses.mp4', durationSeconds: 10 } }]
      doc.recordings = [
        {
          id: 'table-ronde',
          title: { fr: 'Table ronde', en: 'Round table' },
          kind: 'round-table',
          speakers: [{ name: 'Anne Catel' }, { name: 'Paul Martin' }],
          media: { hls: 'demo/demo/table-ronde/master.m3u8', durationSeconds: 20 },
        },
      ]
    })
    const [, extra, recording] = listDemoSets(manifest, 'm.json')
    expect(extra).toMatchObject({ durationSeconds: 10, colour: '#1f8d49', facts: { kind: 'extra', parent: 'ADEX' } })
    expect(recording).toMatchObject({
      label: 'demo/table-ronde',
      durationSeconds: 20,
      colour: '#6a6af4',
      facts: { kind: 'recording', by: 'Anne Catel, Paul Martin', title: { en: 'Round table' } },
    })
  })
})
