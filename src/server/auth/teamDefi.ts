import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_MANIFEST_BYTES } from '../../manifest/index.ts'
import type { Db } from '../db/database.ts'

/** An exhibition's id and title and one of its défis, as its document holds them (no defaults filled in). */
export type TeamDefi = { exhibition: { id: string; title: unknown }; defi: { id: string } & Record<string, unknown> }

const EXHIBITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document of an exhibition as it stands: the published file `gallery/ID.json`. */
async function currentDocument(_db: Db, galleryDir: string, exhibitionId: string): Promise<unknown> {
  if (exhibitionId.length > 80 || !EXHIBITION_ID.test(exhibitionId)) return undefined
  const text = await readFile(path.join(galleryDir, `${exhibitionId}.json`), 'utf8').catch(() => undefined)
  if (text === undefined || Buffer.byteLength(text) > MAX_MANIFEST_BYTES) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A défi of an exhibition, or undefined when either does not exist (any more). */
export async function findTeamDefi(
  db: Db,
  galleryDir: string,
  exhibitionId: string,
  defiId: string,
): Promise<TeamDefi | undefined> {
  const doc = await currentDocument(db, galleryDir, exhibitionId)
  if (!isRecord(doc) || !isRecord(doc.exhibition) || doc.exhibition.id !== exhibitionId) return undefined
  const defis = Array.isArray(doc.defis) ? doc.defis : []
  const defi = defis.find((d): d is TeamDefi['defi'] => isRecord(d) && d.id === defiId)
  return defi && { exhibition: { id: exhibitionId, title: doc.exhibition.title }, defi }
}
