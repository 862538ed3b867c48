import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/server/db/database.ts'
import { createUpload, setUploadState } from '../../../src/server/db/uploads.ts'
import { createBullQueue } from '../../../src/server/jobs/bullmq.ts'
import { transcodeHandler } from '../../../src/server/jobs/handlers/transcode.ts'
import { newUploadId, uploadFile, uploadsDir } from '../../../src/server/uploads/store.ts'
import { tempDir } from '../helpers.ts'
import { makeClip } from './fixtures.ts'
import { GALLERY, uploadServer, waitForUpload } from './harness.ts'
import { killHard, startTsx, waitForOutput, type Child } from './processes.ts'
import { startRedis } from './redis.ts'
import { tusClient } from './tusClient.ts'

let work: Awaited<ReturnType<typeof tempDir>>
let redis: Awaited<ReturnType<typeof startRedis>>
let server: Awaited<ReturnType<typeof uploadServer>> | undefined
const workers: Child[] = []
beforeAll(async () => {
  work = await tempDir('bullmq')
  redis = await startRedis()
})
afterAll(async () => {
  for (const w of workers) await killHard(w)
  await server?.close()
  await redis.stop()
  await work.remove()
})

describe('with REDIS_URL', () => {
  it('two `npm run worker` processes share 6 jobs, and each job runs once', async () => {
    const dataDir = path.join(work.dir, 'data')
    const mediaDir = path.join(work.dir, 'media')
    server = await uploadServer({ dataDir, mediaDir, uploads: { redisUrl: redis.url } })
    const env = { DATA_DIR: dataDir, MEDIA_DIR: mediaDir, GALLERY_DIR: GALLERY, REDIS_URL: redis.url }
    for (let i = 0; i < 2; i++) workers.push(startTsx('src/cli/worker.ts', env))
    for (const w of workers) await waitForOutput(w, /ready \(bullmq queue/)

    const clip = await readFile(await makeClip(path.join(work.dir, 'clip.mp4'), { seconds: 1, size: '320x240' }))
    const defis = ['adex', 'atlas-culture', 'capqualif', 'datalympics', 'datamed', 'adex']
    const ids: string[] = []
    for (const defi of defis) {
      const token = server.link(defi).token
      const location = await tusClient(server.base).send(token, clip, { kind: 'video', filename: 'v.mp4' })
      ids.push(location.split('/').at(-1)!)
    }
    for (const id of ids) await waitForUpload(server.db, id, (r) => r.state === 'ready', 90_000)

    const runs = workers.map((w) => [...w.output().matchAll(/upload=([0-9a-f]{32}) attempt=(\d)/g)])
    const all = runs.flat()
    expect(all.map((m) => m[1]).sort()).toEqual([...ids].sort())
    expect(all.every((m) => m[2] === '1')).toBe(true)
    // Both machines took some: the queue shares work, it does not hand it all to the first worker.
    expect(runs.map((r) => r.length).every((n) => n > 0)).toBe(true)
  })

  it('retries a failing job with backoff, then the upload is failed with its reason, as the embedded queue does', async () => {
    const dataDir = path.join(work.dir, 'data-fail')
    const db = openDatabase(dataDir)
    await mkdir(uploadsDir(dataDir), { recursive: true })
    const id = newUploadId()
    createUpload(
      db,
      { id, linkId: 1, exhibitionId: 'eig4', defiId: 'adex', kind: 'video', lang: null, filename: 'v.mp4', size: 4 },
      3,
      0,
    )
    await writeFile(uploadFile(dataDir, id), 'junk')
    setUploadState(db, id, 'transcoding', { progress: 0 })
    // Redis database 1: the workers of the test above still listen on database 0.
    const queue = createBullQueue(`${redis.url}/1`, { retry: { maxAttempts: 3, backoffMs: () => 50 } })
    const attempts: number[] = []
    const handler = transcodeHandler({
      db,
      dataDir,
      mediaDir: path.join(work.dir, 'media-fail'),
      submit: async () => ({ ok: true }),
    })
    try {
      await queue.work({ transcode: { ...handler, run: (ctx) => (attempts.push(ctx.attempt), handler.run(ctx)) } })
      await queue.enqueue('transcode', { uploadId: id })
      const row = await waitForUpload(db, id, (r) => r.state === 'failed', 30_000)
      expect(attempts).toEqual([1, 2, 3])
      expect(row.reason?.en).toContain('converting the video failed after several attempts')
    } finally {
      await queue.close()
      db.close()
    }
  })
})
