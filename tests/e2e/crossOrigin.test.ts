import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import { createServer } from '../../src/server/app.ts'
import { CHROMIUM_BASE_ARGS } from './chromium.ts'
import { ROOT } from './harness.ts'

// A programme's own site (another origin: another port of the loopback) embeds a stand's HLS stream and its captions
// from the exhibition's server, with hls.js, as the "a cross-origin page plays a stand's HLS" asks.
const PAGE = (src: string, captions: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>programme</title>
<script type="importmap">{"imports":{"hls.js":"/vendor/hls.mjs"}}</script></head>
<body><video muted playsinline crossorigin="anonymous"><track kind="captions" srclang="fr" src="${captions}" default></video>
<script type="module">
import Hls from 'hls.js'
const video = document.querySelector('video')
video.textTracks[0].mode = 'hidden'
window.outcome = { errors: [] }
const hls = new Hls()
hls.on(Hls.Events.ERROR, (_e, data) => { if (data.fatal) window.outcome.errors.push(data.details) })
hls.loadSource(${JSON.stringify(src)})
hls.attachMedia(video)
video.play().catch(() => {})
</script></body></html>`

let context: BrowserContext
let profile: string
const servers: FastifyInstance[] = []
let stand: NonNullable<Manifest['defis'][number]['media']>

async function exhibitionServer(mediaCors: string | null): Promise<string> {
  const app = await createServer({
    galleryDir: path.join(ROOT, 'gallery'),
    mediaDir: path.join(ROOT, 'media'),
    distDir: path.join(ROOT, 'dist'),
    dataDir: await mkdtemp(path.join(tmpdir(), 'vernissage-cors-data-')),
    mediaCors,
  })
  servers.push(app)
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
}

async function programmeSite(exhibitionBase: string): Promise<string> {
  const hlsModule = await readFile(path.join(ROOT, 'node_modules/hls.js/dist/hls.mjs'))
  const app = Fastify()
  servers.push(app)
  const captions = `${exhibitionBase}/media/${stand.captions[0]!.src}`
  app.get('/', (_request, reply) =>
    reply.type('text/html').send(PAGE(`${exhibitionBase}/media/${stand.hls}`, captions)),
  )
  app.get('/vendor/hls.mjs', (_request, reply) => reply.type('text/javascript').send(hlsModule))
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
}

beforeAll(async () => {
  const parsed = parseManifest(JSON.parse(await readFile(path.join(ROOT, 'gallery/eig4.json'), 'utf8')))
  if (!parsed.ok) throw new Error('gallery/eig4.json is invalid')
  const withStream = parsed.manifest.defis.find((d) => d.media?.hls && d.media.captions.length > 0)
  if (!withStream?.media) throw new Error('no défi of eig4 has an HLS stream with captions')
  stand = withStream.media
  profile = await mkdtemp(path.join(tmpdir(), 'vernissage-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_BASE_ARGS,
  })
})

afterAll(async () => {
  await context?.close().catch(() => {})
  for (const app of servers) await app.close()
  await rm(profile, { recursive: true, force: true })
})

async function visit(site: string) {
  const page = await context.newPage()
  await page.goto(`${site}/`)
  return page
}

describe('a stand’s stream embedded by another site', () => {
  it('plays in Chromium from a page of another origin, captions included', async () => {
    const exhibition = await exhibitionServer('*')
    const site = await programmeSite(exhibition)
    expect(new URL(site).origin).not.toBe(new URL(exhibition).origin)
    const page = await visit(site)
    await page.waitForFunction(() => document.querySelector('video')!.currentTime > 0.5, undefined, { timeout: 30_000 })
    expect(await page.evaluate(() => (window as unknown as { outcome: { errors: string[] } }).outcome.errors)).toEqual(
      [],
    )
    await page.waitForFunction(() => (document.querySelector('video')!.textTracks[0]!.cues?.length ?? 0) > 0)
    await page.close()
  })

  it('is refused by the browser when the server allows no other origin (MEDIA_CORS=off)', async () => {
    const exhibition = await exhibitionServer(null)
    const page = await visit(await programmeSite(exhibition))
    await page.waitForFunction(
      () => (window as unknown as { outcome: { errors: string[] } }).outcome.errors.length > 0,
      undefined,
      { timeout: 30_000 },
    )
    expect(await page.evaluate(() => document.querySelector('video')!.currentTime)).toBe(0)
    await page.close()
  })
})
