import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseMasterPlaylist, parseMediaPlaylist } from '../../../src/media/hlsMaster.ts'
import { getUpload } from '../../../src/server/db/uploads.ts'
import { embeddedJob } from '../../../src/server/jobs/embedded.ts'
import { tempDir } from '../helpers.ts'
import { makeClip } from './fixtures.ts'
import { filesUnder, GALLERY, uploadServer, waitForUpload } from './harness.ts'
import { killHard, startServerChild, startTsx, waitForOutput, type Child } from './processes.ts'
import { tusClient } from './tusClient.ts'

const exec = promisify(execFile)

/** The ffmpeg a worker process started, found by its parent's pid. */
async function ffmpegOf(worker: Child): Promise<number | null> {
  const { stdout } = await exec('pgrep', ['-P', String(worker.proc.pid), '-x', 'ffmpeg']).catch(() => ({ stdout: '' }))
  const pid = Number(stdout.trim().split('\n')[0])
  return pid > 0 ? pid : null
}

/** True when a published ladder is whole: master, every variant's playlist ended, every segment there. */
async function ladderComplete(folder: string): Promise<boolean> {
  const master = await readFile(path.join(folder, 'master.m3u8'), 'utf8').catch(() => null)
  if (master === null) return false
  const variants = parseMasterPlaylist(master)
  if (variants.length === 0) return false
  for (const v of variants) {
    const file = path.join(folder, v.uri)
    const playlist = parseMediaPlaylist(await readFile(file, 'utf8').catch(() => ''))
    if (!playlist.vod || playlist.segments.length === 0 || !playlist.map) return false
    for (const uri of [playlist.map, ...playlist.segments.map((s) => s.uri)]) {
      if (!existsSync(path.join(path.dirname(file), uri))) return false
    }
  }
  return existsSync(path.join(folder, 'video.mp4'))
}

async function until(ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

let work: Awaited<ReturnType<typeof tempDir>>
let server: Awaited<ReturnType<typeof uploadServer>>
const workers: Child[] = []
beforeAll(async () => {
  work = await tempDir('transcode')
})
afterAll(async () => {
  for (const w of workers) await killHard(w)
  await server?.close()
  await work.remove()
})

describe('a transcode killed mid-way', () => {
  it('is retried after ffmpeg, its worker, then a server running jobs are killed, and publishes a whole ladder, never a partial one', async () => {
    const dataDir = path.join(work.dir, 'data')
    const mediaDir = path.join(work.dir, 'media')
    server = await uploadServer({ dataDir, mediaDir, uploads: { work: false } })
    const env = {
      DATA_DIR: dataDir,
      MEDIA_DIR: mediaDir,
      GALLERY_DIR: GALLERY,
      JOB_BACKOFF_MS: '200',
      JOB_LEASE_MS: '1500',
    }
    const startWorker = async () => {
      const w = startTsx('src/cli/worker.ts', env)
      workers.push(w)
      await waitForOutput(w, /ready \(embedded queue/)
      return w
    }
    const clip = await readFile(
      await makeClip(path.join(work.dir, 'clip.mp4'), { size: '1280x720', seconds: 8, rate: 15 }),
    )
    const token = server.link('adex').token
    const location = await tusClient(server.base).send(token, clip, { kind: 'video', filename: 'restitution.mp4' })
    const id = location.split('/').at(-1)!
    const folder = path.join(mediaDir, 'uploads', 'eig4', 'adex', id)

    // Watches media/ all along: the version folder is absent, or whole.
    const seen = { partial: false, incomplete: false }
    let watching = true
    const watcher = (async () => {
      while (watching) {
        if ((await readdir(path.join(mediaDir, 'uploads', '.partial')).catch(() => [])).length > 0) seen.partial = true
        if (existsSync(folder) && !(await ladderComplete(folder))) seen.incomplete = true
        await new Promise((r) => setTimeout(r, 25))
      }
    })()

    const first = await startWorker()
    await waitForUpload(server.db, id, (r) => r.state === 'transcoding' && r.progress > 0)
    // What the team's page reads meanwhile: the state and a percentage.
    const team = await fetch(`${server.base}/api/team`, { headers: { Authorization: `Bearer ${token}` } })
    const [shown] = ((await team.json()) as { uploads: { id: string; state: string; percent?: number }[] }).uploads
    expect(shown).toMatchObject({ id, state: 'transcoding', percent: expect.any(Number) })
    const ffmpeg = await ffmpegOf(first)
    expect(ffmpeg).not.toBeNull()
    process.kill(ffmpeg!, 'SIGKILL')
    await waitForOutput(first, /attempt=2/)
    await waitForUpload(server.db, id, (r) => r.progress > 0)
    // Its ffmpeg would outlive it, orphaned: stopped too, as a machine going down would.
    const orphan = await ffmpegOf(first)
    await killHard(first)
    if (orphan) process.kill(orphan, 'SIGKILL')
    expect(getUpload(server.db, id)?.state).toBe('transcoding')

    // Then a server that runs jobs itself (the embedded default) takes it once the lease expires, and is killed too.
    const jobId = String((server.db.prepare('SELECT id FROM jobs').get() as { id: number }).id)
    const serving = await startServerChild({ ...env, WORK: '1' })
    workers.push(serving.child)
    await until(() => embeddedJob(server.db, jobId)?.attempts === 3)
    await waitForUpload(server.db, id, (r) => r.progress > 0)
    const serverFfmpeg = await ffmpegOf(serving.child)
    await killHard(serving.child)
    if (serverFfmpeg) process.kill(serverFfmpeg, 'SIGKILL')
    expect(getUpload(server.db, id)?.state).toBe('transcoding')

    const second = await startWorker()
    const ready = await waitForUpload(server.db, id, (r) => r.state === 'ready', 60_000)
    watching = false
    await watcher
    expect(second.output()).toMatch(/attempt=4/)
    expect(embeddedJob(server.db, jobId)).toMatchObject({ state: 'done', attempts: 4 })
    expect(seen.incomplete).toBe(false)
    expect(seen.partial).toBe(true)
    expect(await ladderComplete(folder)).toBe(true)
    expect(await readdir(path.join(mediaDir, 'uploads', '.partial'))).toEqual([])

    // Into the draft as submitted, with the poster frame the team did not send; the original is kept.
    const media = server.draftDefi('adex').media as Record<string, unknown>
    expect(media).toMatchObject({
      hls: `uploads/eig4/adex/${id}/master.m3u8`,
      mp4: `uploads/eig4/adex/${id}/video.mp4`,
      poster: { src: `uploads/eig4/adex/${id}/poster.jpg` },
      durationSeconds: 8,
    })
    expect(server.draftDefi('adex').status).toBe('submitted')
    expect(ready.result).toMatchObject({ hls: media.hls })
    expect(existsSync(path.join(dataDir, 'uploads', id))).toBe(true)
    const res = await fetch(`${server.base}/media/uploads/eig4/adex/${id}/master.m3u8`)
    expect(res.status).toBe(200)
    expect(parseMasterPlaylist(await res.text()).map((v) => v.attributes.RESOLUTION)).toEqual(['640x360', '1280x720'])
    expect((await filesUnder(folder)).filter((f) => f.endsWith('.m4s')).length).toBeGreaterThanOrEqual(4)
  })
})
