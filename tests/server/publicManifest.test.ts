import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import { publicManifest } from '../../src/server/publicManifest.ts'

function withDraft(): Manifest {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'))
  raw.defis.push({
    id: 'brouillon',
    title: 'Brouillon',
    pitch: 'Pas encore prêt',
    administration: { name: 'Ministère' },
    status: 'draft',
  })
  raw.defis.push({ id: 'soumis', title: 'Soumis', pitch: 'En relecture', administration: { name: 'Ministère' } })
  raw.defis[2].status = 'submitted'
  raw.rooms[1].stands = ['brouillon', 'adex', 'soumis']
  const result = parseManifest(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

describe('publicManifest', () => {
  it('removes draft défis and their stands, keeping the order of the others', () => {
    const visible = publicManifest(withDraft())
    expect(visible.defis.map((d) => d.id)).toEqual(['adex', 'soumis'])
    expect(visible.rooms[1]!.stands).toEqual(['adex', 'soumis'])
  })

  it('leaves its argument untouched', () => {
    const manifest = withDraft()
    const before = structuredClone(manifest)
    publicManifest(manifest)
    expect(manifest).toEqual(before)
  })

  it('returns a manifest that still parses: no stand points at a removed défi', () => {
    expect(parseManifest(publicManifest(withDraft())).ok).toBe(true)
  })

  it('treats a défi with no status as a draft (the schema default)', () => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'))
    delete raw.defis[0].status
    const result = parseManifest(raw)
    if (!result.ok) throw new Error('fixture should parse')
    const visible = publicManifest(result.manifest)
    expect(visible.defis).toEqual([])
    expect(visible.rooms.flatMap((r) => r.stands)).toEqual([])
  })
})
