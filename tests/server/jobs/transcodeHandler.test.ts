import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { createUpload, listTeamUploads, setUploadState } from '../../../src/server/db/uploads.ts'
import { createEmbeddedQueue, embeddedJob } from '../../../src/server/jobs/embedded.ts'
import { transcodeHandler } from '../../../src/server/jobs/handlers/transcode.ts'
import type { Submission } from '../../../src/server/uploads/media.ts'
import { newUploadId, uploadFile, uploadsDir } from '../../../src/server/uploads/store.ts'
import { filesUnder } from '../uploads/harness.ts'
import { tempDir } from '../helpers.ts'

let dir: Awaited<ReturnType<typeof tempDir>>
let db: Db
beforeAll(async () => {
  dir = await tempDir('transcode-handler')
  db = openDatabase(dir.dir)
  await mkdir(uploadsDir(dir.dir), { recursive: true })
})
afterAll(async () => {
  db.close()
  await dir.remove()
})

describe('the transcode job, when every attempt fails', () => {
  it('is tried 3 times, then the upload is failed with a reason the team reads in GET /api/team', async () => {
    const id = newUploadId()
    createUpload(
      db,
      { id, linkId: 1, exhibitionId: 'eig4', defiId: 'adex', kind: 'video', lang: null, filename: 'v.mp4', size: 10 },
      3,
      0,
    )
    // Bytes that passed no check: ffprobe refuses them at every attempt.
    await writeFile(uploadFile(dir.dir, id), 'not a video at all')
    setUploadState(db, id, 'transcoding', { progress: 0 })
    const submissions: Submission[] = []
    const mediaDir = path.join(dir.dir, 'media')
    const queue = createEmbeddedQueue(db, { retry: { maxAttempts: 3, backoffMs: () => 10 }, pollMs: 20 })
    const handler = transcodeHandler({
      db,
      dataDir: dir.dir,
      mediaDir,
      submit: async (s) => {
        submissions.push(s)
        return { ok: true }
      },
    })
    await queue.work({ transcode: handler })
    const jobId = await queue.enqueue('transcode', { uploadId: id })
    const end = Date.now() + 20_000
    while (embeddedJob(db, jobId)?.state !== 'failed' && Date.now() < end) await new Promise((r) => setTimeout(r, 20))
    await queue.close()
    expect(embeddedJob(db, jobId)).toMatchObject({ state: 'failed', attempts: 3 })
    const [shown] = listTeamUploads(db, 'eig4', 'adex')
    expect(shown).toMatchObject({ id, state: 'failed' })
    expect(shown?.reason?.en).toContain('converting the video failed after several attempts')
    expect(shown?.reason?.fr).toContain('la conversion de la vidéo a échoué')
    expect(submissions).toEqual([])
    // Nothing published, no hidden folder left behind.
    expect(await filesUnder(mediaDir)).toEqual([])
  })
})
