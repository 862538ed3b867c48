import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { createUpload, getUpload } from '../../../src/server/db/uploads.ts'
import { newUploadId, uploadFile, uploadsDir } from '../../../src/server/uploads/store.ts'
import { sweepAbandonedUploads } from '../../../src/server/uploads/sweep.ts'
import { tempDir } from '../helpers.ts'

let dir: Awaited<ReturnType<typeof tempDir>>
let db: Db
beforeAll(async () => {
  dir = await tempDir('sweep')
  db = openDatabase(dir.dir)
  await mkdir(uploadsDir(dir.dir), { recursive: true })
})
afterAll(async () => {
  db.close()
  await dir.remove()
})

describe('sweepAbandonedUploads', () => {
  it('deletes uploads no byte reached for long, and frees their place in flight', async () => {
    const upload = (id: string) => ({
      id,
      linkId: 1,
      exhibitionId: 'eig4',
      defiId: 'adex',
      kind: 'video' as const,
      lang: null,
      filename: 'a.mp4',
      size: 10,
    })
    const old = newUploadId()
    const fresh = newUploadId()
    expect(createUpload(db, upload(old), 2, 0)).toBe(true)
    db.prepare('UPDATE uploads SET updated_at = ? WHERE id = ?').run(Date.now() - 48 * 3600_000, old)
    expect(createUpload(db, upload(fresh), 2, 0)).toBe(true)
    for (const id of [old, fresh]) {
      await writeFile(uploadFile(dir.dir, id), 'bytes')
      await writeFile(`${uploadFile(dir.dir, id)}.json`, '{}')
    }
    expect(createUpload(db, upload(newUploadId()), 2, 0)).toBe(false)

    expect(await sweepAbandonedUploads(db, dir.dir, Date.now() - 24 * 3600_000)).toEqual([old])
    expect(getUpload(db, old)).toMatchObject({
      state: 'cancelled',
      reason: { en: expect.stringContaining('abandoned') },
    })
    expect(existsSync(uploadFile(dir.dir, old))).toBe(false)
    expect(existsSync(`${uploadFile(dir.dir, old)}.json`)).toBe(false)
    expect(existsSync(uploadFile(dir.dir, fresh))).toBe(true)
    expect(getUpload(db, fresh)?.state).toBe('uploading')
    expect(createUpload(db, upload(newUploadId()), 2, 0)).toBe(true)
  })
})
