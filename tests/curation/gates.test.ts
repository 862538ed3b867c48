import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { publishBlockers } from '../../src/curation/gates.ts'

type Doc = {
  rooms: { id: string; kind: string; title: string; stands?: string[] }[]
  defis: Record<string, unknown>[]
  recordings?: Record<string, unknown>[]
}

const minimal = () => JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as Doc
const adex = (doc: Doc) => doc.defis[0] as { status: string; media: Record<string, unknown> }

describe('publishBlockers', () => {
  it('lets a complete manifest through, and every published gallery file', () => {
    expect(publishBlockers(minimal())).toEqual([])
    for (const name of ['eig1', 'eig2', 'eig3', 'eig4']) {
      expect(publishBlockers(JSON.parse(readFileSync(`gallery/${name}.json`, 'utf8')))).toEqual([])
    }
  })

  it("reports the parser's errors, with their paths, when the draft does not parse", () => {
    const doc = minimal()
    doc.rooms = []
    const blockers = publishBlockers(doc)
    expect(blockers.map((b) => b.path)).toContain('$.rooms')
    expect(blockers[0]?.message.fr).toBeTruthy()
  })

  it('refuses an approved défi without a video, or without French captions', () => {
    const doc = minimal()
    const media = adex(doc).media
    delete media.hls
    delete media.mp4
    media.captions = [{ lang: 'en', src: 'demo/demo/adex/captions.en.vtt' }]
    expect(publishBlockers(doc).map((b) => [b.path, b.message.en])).toEqual([
      ['$.defis[0].media', 'défi "adex" is approved but has no video'],
      ['$.defis[0].media.captions', 'défi "adex" is approved but has no French captions'],
    ])
  })

  it('lets a défi that is not approved yet go without video', () => {
    const doc = minimal()
    adex(doc).status = 'submitted'
    adex(doc).media = { captions: [] }
    expect(publishBlockers(doc)).toEqual([])
  })

  it('refuses a visible poster whose alternative text has no French, and ignores draft défis', () => {
    const doc = minimal()
    adex(doc).media.poster = { src: 'demo/demo/adex/poster.jpg', alt: { en: 'Title card' } }
    expect(publishBlockers(doc).map((b) => b.path)).toEqual(['$.defis[0].media.poster.alt'])
    adex(doc).status = 'draft'
    expect(publishBlockers(doc)).toEqual([])
  })
})
