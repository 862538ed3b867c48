import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/server/db/database.ts'
import { createUpload, getUpload, setUploadState } from '../../../src/server/db/uploads.ts'
import { newUploadId, uploadFile, uploadsDir } from '../../../src/server/uploads/store.ts'
import { tempDir } from '../helpers.ts'
import { makeClip } from './fixtures.ts'
import { uploadServer, waitForUpload } from './harness.ts'

let work: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  work = await tempDir('recovery')
})
afterAll(() => work.remove())

describe('a server that stopped between the last byte and the queue', () => {
  it('checks again what it was checking and enqueues what it was handing over, once, at the next start', async () => {
    const dataDir = path.join(work.dir, 'data')
    const mediaDir = path.join(work.dir, 'media')
    const clip = await makeClip(path.join(work.dir, 'clip.mp4'), { seconds: 1 })
    const db = openDatabase(dataDir)
    await mkdir(uploadsDir(dataDir), { recursive: true })
    const ids = { checking: newUploadId(), transcoding: newUploadId() }
    for (const [state, id] of Object.entries(ids)) {
      const upload = { id, linkId: 1, exhibitionId: 'eig4', defiId: 'adex', kind: 'video' as const }
      createUpload(db, { ...upload, lang: null, filename: 'v.mp4', size: 1 }, 3, 0)
      setUploadState(db, id, state as 'checking' | 'transcoding')
      await copyFile(clip, uploadFile(dataDir, id))
    }
    db.close()

    const jobsFor = (s: Awaited<ReturnType<typeof uploadServer>>) =>
      (s.db.prepare('SELECT payload FROM jobs ORDER BY payload').all() as { payload: string }[]).map(
        (j) => (JSON.parse(j.payload) as { uploadId: string }).uploadId,
      )
    for (let start = 0; start < 2; start++) {
      const server = await uploadServer({ dataDir, mediaDir, uploads: { work: false } })
      try {
        await waitForUpload(server.db, ids.checking, (r) => r.state === 'transcoding')
        const end = Date.now() + 10_000
        while (jobsFor(server).length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
        expect(jobsFor(server)).toEqual([ids.checking, ids.transcoding].sort())
        expect(getUpload(server.db, ids.transcoding)?.state).toBe('transcoding')
      } finally {
        await server.close()
      }
    }
  })
})
