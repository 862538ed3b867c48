import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_STANDS_PER_ROOM } from '../../layout/index.ts'
import type { Manifest } from '../../manifest/index.ts'

/** The id of the stress exhibition: every stand in one room. */
export const BIG_EXHIBITION_ID = 'stress-90'

/**
 * A stress manifest made from a real one: its lobby, its auditorium and programme, and `count` stands in a single
 * themed room, each a copy of one of its défis (same media, so posters and videos exist) under a new id. It is what
 * the draw-call budget is held to with the most stands a room may have.
 */
export function bigManifest(base: Manifest, count = MAX_STANDS_PER_ROOM): Manifest {
  if (base.defis.length === 0) throw new Error('the base manifest has no défi to copy')
  const defis = Array.from({ length: count }, (_, i) => {
    const source = base.defis[i % base.defis.length]!
    return { ...source, id: `${source.id}-${i + 1}`.slice(0, 80), title: `${source.title} ${i + 1}` }
  })
  const lobby = base.rooms.find((r) => r.kind === 'lobby')
  const auditoriums = base.rooms.filter((r) => r.kind === 'auditorium')
  const hall = {
    id: 'grande-salle',
    title: { fr: `Les ${count} défis`, en: `The ${count} défis` },
    kind: 'themed' as const,
    themeColor: '#18753c',
    stands: defis.map((d) => d.id),
  }
  return {
    ...base,
    exhibition: { ...base.exhibition, id: BIG_EXHIBITION_ID },
    rooms: [...(lobby ? [lobby] : []), hall, ...auditoriums],
    defis,
  }
}

/** Writes a gallery folder holding only the stress manifest, for a server started with `GALLERY_DIR` on it. */
export async function writeBigGallery(dir: string, base: Manifest, count = MAX_STANDS_PER_ROOM): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${BIG_EXHIBITION_ID}.json`)
  const { $schema: _schema, ...manifest } = bigManifest(base, count)
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`)
  return file
}
