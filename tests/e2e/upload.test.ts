import { rm, writeFile, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTeamLink } from '../../src/server/auth/teamLinks.ts'
import { getDraft } from '../../src/server/curate/drafts.ts'
import { getUpload } from '../../src/server/db/uploads.ts'
import { tempDir } from '../server/helpers.ts'
import { makeClip } from '../server/uploads/fixtures.ts'
import { ROOT, startHarness, type Harness } from './harness.ts'
import { axeViolations } from './pages.ts'

/** An ISO BMFF `free` box of `size` bytes: padding every MP4 reader skips. */
function freeBox(size: number): Buffer {
  const box = Buffer.alloc(size)
  box.writeUInt32BE(size, 0)
  box.write('free', 4, 'latin1')
  return box
}

let h: Harness
let work: Awaited<ReturnType<typeof tempDir>>
const published: string[] = []
beforeAll(async () => {
  h = await startHarness()
  work = await tempDir('e2e-upload')
})
afterAll(async () => {
  await h?.close()
  for (const dir of published) await rm(dir, { recursive: true, force: true })
  await work?.remove()
})

describe('the upload page', () => {
  it('resumes by itself after the connection drops mid-upload, then shows the preview', async () => {
    const { token } = createTeamLink(h.app.db, { exhibitionId: 'eig4', defiId: 'adex', days: 1, createdBy: 'e2e' })
    // A 2 s clip padded to 20 MB: three chunks of 8 MB, so that the connection can drop between two of them.
    const clip = await readFile(await makeClip(path.join(work.dir, 'small.mp4'), { seconds: 2 }))
    const file = path.join(work.dir, 'restitution.mp4')
    await writeFile(file, Buffer.concat([clip, freeBox(20 * 1024 * 1024 - clip.length)]))

    const page = await h.newPage()
    let patches = 0
    let droppedUntil = 0
    let dropped = 0
    await page.route('**/api/uploads/**', async (route) => {
      if (route.request().method() === 'PATCH' && ++patches === 2) droppedUntil = Date.now() + 3000
      if (Date.now() < droppedUntil) {
        dropped++
        return route.abort('connectionreset')
      }
      return route.continue()
    })
    await page.goto(`${h.baseUrl}/upload/${token}?lang=en`)
    await page.getByRole('heading', { level: 1, name: 'ADEX' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.setInputFiles('[data-kind="video"] input[type="file"]', file)
    await page.getByText('Connection lost, resuming by itself…').waitFor({ timeout: 20_000 })
    await page.getByTestId('preview').waitFor({ timeout: 90_000 })
    expect(dropped).toBeGreaterThan(0)
    await expect(page.getByTestId('state-video').textContent()).resolves.toBe('Sent to the organisers')

    const id = await page.evaluate(async (t) => {
      const res = await fetch('/api/team', { headers: { Authorization: `Bearer ${t}` } })
      const body = (await res.json()) as { uploads: { id: string; kind: string }[] }
      return body.uploads.find((u) => u.kind === 'video')!.id
    }, token)
    published.push(path.join(ROOT, 'media', 'uploads', 'eig4', 'adex', id))
    expect(getUpload(h.app.db, id)).toMatchObject({ state: 'ready', size: 20 * 1024 * 1024 })
    // The preview plays the MP4 the server made, in the page's own player.
    const src = await page
      .locator('[data-testid="preview"] video')
      .evaluate((v: HTMLVideoElement) => v.currentSrc || v.querySelector('source')?.src)
    expect(src).toContain(`/media/uploads/eig4/adex/${id}/video.mp4`)
    const playable = await page.locator('[data-testid="preview"] video').evaluate(async (v: HTMLVideoElement) => {
      v.muted = true
      await v.play()
      await new Promise((r) => setTimeout(r, 300))
      return v.currentTime > 0 && !v.error
    })
    expect(playable).toBe(true)
    // The HLS ladder plays in Chromium too, through Media Source Extensions as hls.js feeds it: the first rendition's
    // init segment and segments, appended with the CODECS its master playlist announces.
    const hls = await page.evaluate(async (master) => {
      const text = await (await fetch(master)).text()
      const lines = text.split('\n')
      const at = lines.findIndex((l) => l.startsWith('#EXT-X-STREAM-INF'))
      const codecs = /CODECS="([^"]+)"/.exec(lines[at]!)![1]!
      const variant = new URL(lines[at + 1]!, new URL(master, location.href))
      const playlist = await (await fetch(variant)).text()
      const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist)![1]!
      const segments = playlist.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))
      const mime = `video/mp4; codecs="${codecs}"`
      if (!MediaSource.isTypeSupported(mime)) return `unsupported ${mime}`
      const video = document.createElement('video')
      video.muted = true
      document.body.append(video)
      const source = new MediaSource()
      video.src = URL.createObjectURL(source)
      await new Promise((r) => source.addEventListener('sourceopen', r, { once: true }))
      const buffer = source.addSourceBuffer(mime)
      for (const uri of [init, ...segments]) {
        buffer.appendBuffer(await (await fetch(new URL(uri, variant))).arrayBuffer())
        await new Promise((r) => buffer.addEventListener('updateend', r, { once: true }))
      }
      source.endOfStream()
      await video.play()
      await new Promise((r) => setTimeout(r, 500))
      return video.currentTime > 0 && !video.error ? 'played' : `stuck at ${video.currentTime}`
    }, `/media/uploads/eig4/adex/${id}/master.m3u8`)
    expect(hls).toBe('played')
    expect(await axeViolations(page)).toEqual([])

    // The team's texts go to the draft through the team commands, as submitted.
    await page.locator('#pitch-en').fill('Medical devices, safer with data')
    const texts = page.locator('form').filter({ has: page.locator('#pitch-en') })
    await texts.getByRole('button', { name: 'Send to the organisers' }).click()
    await texts.getByText('Changes sent to the organisers').waitFor()
    const draft = getDraft(h.app.db, path.join(ROOT, 'gallery'), 'eig4')!
    const adex = (
      JSON.parse(draft.body) as { defis: { id: string; pitch: { en?: string }; status: string }[] }
    ).defis.find((d) => d.id === 'adex')!
    expect(adex).toMatchObject({ pitch: { en: 'Medical devices, safer with data' }, status: 'submitted' })

    // A link added to the deliverables; the other links and the team keep both their languages.
    const before = (
      JSON.parse(draft.body) as { defis: { id: string; deliverables: unknown[]; team: unknown[] }[] }
    ).defis.find((d) => d.id === 'adex')!
    await page.getByRole('button', { name: 'Add a link' }).click()
    const n = before.deliverables.length
    await page.locator(`#link-title-${n}`).fill('Rapport final')
    await page.locator(`#link-kind-${n}`).selectOption('report')
    await page.locator(`#link-url-${n}`).fill('https://example.org/rapport.pdf')
    await page
      .locator('form')
      .filter({ has: page.locator(`#link-url-${n}`) })
      .getByRole('button', { name: 'Send to the organisers' })
      .click()
    await page
      .locator('form')
      .filter({ has: page.locator(`#link-url-${n}`) })
      .getByText('Changes sent to the organisers')
      .waitFor()
    const after = (
      JSON.parse(getDraft(h.app.db, path.join(ROOT, 'gallery'), 'eig4')!.body) as typeof before & {
        defis: { id: string; deliverables: unknown[]; team: unknown[] }[]
      }
    ).defis.find((d) => d.id === 'adex')!
    expect(after.deliverables).toEqual([
      ...before.deliverables,
      { title: 'Rapport final', kind: 'report', url: 'https://example.org/rapport.pdf' },
    ])
    expect(after.team).toEqual(before.team)
    expect(h.errors.filter((e) => !e.includes('net::ERR_CONNECTION_RESET'))).toEqual([])
  })

  it('resumes where it stopped when the tab was closed and the same file is picked again', async () => {
    const { token } = createTeamLink(h.app.db, { exhibitionId: 'eig4', defiId: 'datamed', days: 1, createdBy: 'e2e' })
    const clip = await readFile(await makeClip(path.join(work.dir, 'second.mp4'), { seconds: 1 }))
    const file = path.join(work.dir, 'second-padded.mp4')
    await writeFile(file, Buffer.concat([clip, freeBox(17 * 1024 * 1024 - clip.length)]))

    const first = await h.newPage()
    let firstDone = 0
    await first.route('**/api/uploads/**', async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue()
      // The first chunk goes through; the tab is closed while the second one hangs.
      if (firstDone++ === 0) return route.continue()
      await new Promise(() => undefined)
    })
    await first.goto(`${h.baseUrl}/upload/${token}?lang=fr`)
    await first.setInputFiles('[data-kind="video"] input[type="file"]', file)
    await first.waitForFunction(() =>
      /^[1-9]\d? %/.test(document.querySelector('[data-testid="upload-progress"]')?.textContent ?? ''),
    )
    await first.close()

    const second = await h.newPage()
    const requests: string[] = []
    let headOffset = ''
    second.on('request', (r) => {
      if (r.url().includes('/api/uploads')) requests.push(`${r.method()} ${r.headers()['upload-offset'] ?? ''}`)
    })
    second.on('response', (r) => {
      if (r.request().method() === 'HEAD') headOffset = r.headers()['upload-offset'] ?? ''
    })
    await second.goto(`${h.baseUrl}/upload/${token}?lang=fr`)
    await second.setInputFiles('[data-kind="video"] input[type="file"]', file)
    await second.getByTestId('state-video').waitFor({ timeout: 60_000 })
    // No new upload: HEAD gives what the server holds, and sending goes on from there.
    expect(requests[0]).toBe('HEAD ')
    expect(Number(headOffset)).toBeGreaterThan(0)
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([])
    expect(requests.find((r) => r.startsWith('PATCH'))).toBe(`PATCH ${headOffset}`)
    const uploads = h.app.db.prepare("SELECT id FROM uploads WHERE defi_id = 'datamed'").all() as { id: string }[]
    expect(uploads).toHaveLength(1)
    published.push(path.join(ROOT, 'media', 'uploads', 'eig4', 'datamed', uploads[0]!.id))
  })
})
