import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeLayout } from '../../../src/layout/index.ts'
import { parseManifest, type Manifest } from '../../../src/manifest/index.ts'
import { BIG_EXHIBITION_ID, bigManifest, writeBigGallery } from '../../../src/node/bench/bigGallery.ts'

async function eig4(): Promise<Manifest> {
  const result = parseManifest(
    JSON.parse(await readFile(new URL('../../../gallery/eig4.json', import.meta.url), 'utf8')),
  )
  if (!result.ok) throw new Error('eig4 does not parse')
  return result.manifest
}

describe('bigManifest', () => {
  it('puts 90 valid stands in a single room, with the lobby and the auditorium of the base', async () => {
    const base = await eig4()
    const big = bigManifest(base)
    const parsed = parseManifest(JSON.parse(JSON.stringify(big)))
    expect(parsed.ok).toBe(true)
    const themed = big.rooms.filter((r) => r.kind === 'themed')
    expect(themed).toHaveLength(1)
    expect(themed[0]!.stands).toHaveLength(90)
    expect(new Set(big.defis.map((d) => d.id)).size).toBe(90)
    const layout = computeLayout(big)
    expect(layout.stands.filter((s) => s.roomId === themed[0]!.id)).toHaveLength(90)
  })
})

describe('writeBigGallery', () => {
  it('writes a gallery folder the server can read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vernissage-big-'))
    try {
      const file = await writeBigGallery(dir, await eig4())
      expect(path.basename(file)).toBe(`${BIG_EXHIBITION_ID}.json`)
      expect(parseManifest(JSON.parse(await readFile(file, 'utf8'))).ok).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
