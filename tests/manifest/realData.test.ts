import { describe, expect, it } from 'vitest'
import {
  manifestWarnings,
  parseManifest,
  RESERVED_EXHIBITION_IDS,
  RESERVED_ROOM_IDS,
  safeMediaPath,
  type ManifestInput,
} from '../../src/manifest/index.ts'
import { RESERVED_PAGES } from '../../src/store/routes.ts'
import { sampleInput } from '../ui/sampleManifest.ts'

const edit = (change: (doc: ManifestInput) => void): ManifestInput => {
  const doc = structuredClone(sampleInput)
  change(doc)
  return doc
}
const errorsOf = (doc: ManifestInput) => {
  const result = parseManifest(doc)
  return result.ok ? [] : result.errors
}

describe('what the programme’s real data needs from the format', () => {
  it('accepts a deliverable announced without a link yet', () => {
    const result = parseManifest(
      edit((doc) => {
        doc.defis![0]!.deliverables = [{ title: 'Documentation', kind: 'report' }]
      }),
    )
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.manifest.defis[0]!.deliverables[0]!.url).toBeUndefined()
  })

  it('accepts a key figure with a prefix such as +', () => {
    const result = parseManifest(
      edit((doc) => {
        doc.defis![0]!.keyFigures = [{ prefix: '+', value: 200000, label: 'visiteurs' }]
      }),
    )
    expect(result.ok).toBe(true)
  })

  it('says media names take unaccented letters, and suggests a safe name', () => {
    const errors = errorsOf(
      edit((doc) => {
        doc.defis![0]!.media!.mp4 = 'uploads/défi/Restitution finale (v2).mp4'
      }),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]!.path).toBe('$.defis[0].media.mp4')
    expect(errors[0]!.message.en).toContain('unaccented letters')
    expect(errors[0]!.message.fr).toContain('lettres sans accents')
    expect(errors[0]!.message.en).toContain('uploads/defi/Restitution-finale-v2.mp4')
    expect(safeMediaPath('vidéos/Élan été.MP4')).toBe('videos/Elan-ete.MP4')
  })

  it('refuses a room whose id is one of the exhibition’s own pages, naming the reserved words', () => {
    for (const id of ['programme', 'booklet']) {
      const errors = errorsOf(
        edit((doc) => {
          doc.rooms[1]!.id = id
          doc.exhibition.programme = []
        }),
      )
      expect(errors.map((e) => e.path)).toEqual(['$.rooms[1].id'])
      expect(errors[0]!.message.en).toContain(`"${id}"`)
      expect(errors[0]!.message.fr).toContain('réservé')
    }
  })

  it('refuses an exhibition whose id is a path the app or the server keeps', () => {
    for (const id of ['api', 'media', 'gallery', 'assets']) {
      const errors = errorsOf(edit((doc) => void (doc.exhibition.id = id)))
      expect(errors.map((e) => e.path)).toEqual(['$.exhibition.id'])
    }
  })

  it('keeps one list of reserved words, the one the router reads', () => {
    for (const page of RESERVED_PAGES) expect(RESERVED_ROOM_IDS).toContain(page)
    expect(RESERVED_EXHIBITION_IDS).toContain('api')
  })

  it('warns about links to a host with a single label, such as https://scossin/parcoursdesoins', () => {
    const result = parseManifest(
      edit((doc) => {
        doc.defis![0]!.deliverables = [{ title: 'Code', kind: 'source-code', url: 'https://scossin/parcoursdesoins' }]
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const warnings = manifestWarnings(result.manifest)
    expect(warnings.map((w) => w.path)).toEqual(['$.defis[0].deliverables[0].url'])
    expect(warnings[0]!.message.en).toContain('scossin')
    expect(manifestWarnings(parseManifestOk(sampleInput))).toEqual([])
  })
})

function parseManifestOk(doc: ManifestInput) {
  const result = parseManifest(doc)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}
