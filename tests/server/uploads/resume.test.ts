import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTeamLink } from '../../../src/server/auth/teamLinks.ts'
import { openDatabase } from '../../../src/server/db/database.ts'
import { tempDir } from '../helpers.ts'
import { makeClip } from './fixtures.ts'
import { GALLERY } from './harness.ts'
import { killHard, startServerChild, type Child } from './processes.ts'
import { tusClient } from './tusClient.ts'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let work: Awaited<ReturnType<typeof tempDir>>
let child: Child | undefined
beforeAll(async () => {
  work = await tempDir('resume')
})
afterAll(async () => {
  if (child) await killHard(child)
  await work.remove()
})

describe('an upload cut by kill -9 of the server', () => {
  it('resumes after a restart from the offset HEAD gives, and the stored file is the source, byte for byte', async () => {
    const env = {
      DATA_DIR: path.join(work.dir, 'data'),
      MEDIA_DIR: path.join(work.dir, 'media'),
      GALLERY_DIR: GALLERY,
      WORK: '0',
    }
    const source = await readFile(
      await makeClip(path.join(work.dir, 'clip.mp4'), { size: '640x360', seconds: 3, rate: 25 }),
    )
    const db = openDatabase(env.DATA_DIR)
    const { token } = createTeamLink(db, { exhibitionId: 'eig4', defiId: 'adex', days: 1, createdBy: 'test' })
    db.close()

    let server = await startServerChild(env)
    child = server.child
    let tus = tusClient(server.base)
    const created = await tus.create(token, source.length, { kind: 'video', filename: 'restitution.mp4' })
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!

    // One PATCH carrying the whole file, slowly; the server is killed at a random point of it.
    const chunk = 16 * 1024
    const cut = Math.floor(source.length * (0.2 + 0.6 * Math.random()))
    let sent = 0
    let sentAtKill = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= source.length) return controller.close()
        const piece = source.subarray(sent, Math.min(source.length, sent + chunk))
        sent += piece.length
        controller.enqueue(new Uint8Array(piece))
        await new Promise((r) => setTimeout(r, 5))
        if (sent >= cut && child) {
          const dying = child
          child = undefined
          // On a busy machine the server may not have read a byte yet: it is killed once some are on its disk.
          const stored = path.join(env.DATA_DIR, 'uploads', location.split('/').at(-1)!)
          for (let i = 0; i < 200 && ((await stat(stored).catch(() => null))?.size ?? 0) === 0; i++) {
            await new Promise((r) => setTimeout(r, 25))
          }
          sentAtKill = sent
          await killHard(dying)
        }
      },
    })
    const patch = fetch(new URL(location, server.base), {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${token}`,
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
      },
      body,
      duplex: 'half',
    } as RequestInit)
    await expect(patch).rejects.toThrow()

    server = await startServerChild(env)
    child = server.child
    tus = tusClient(server.base)
    const head = await tus.head(token, location)
    expect(head.status).toBe(200)
    const offset = Number(head.headers.get('upload-offset'))
    expect(offset).toBeGreaterThan(0)
    expect(offset).toBeLessThanOrEqual(sentAtKill)
    expect(Number(head.headers.get('upload-length'))).toBe(source.length)

    const rest = await tus.patch(token, location, offset, source.subarray(offset))
    expect(rest.status).toBe(204)
    expect(rest.headers.get('upload-offset')).toBe(String(source.length))
    const stored = await readFile(path.join(env.DATA_DIR, 'uploads', location.split('/').at(-1)!))
    expect(sha256(stored)).toBe(sha256(source))
  })
})
