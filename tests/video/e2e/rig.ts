import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import { build } from 'esbuild'
import Fastify from 'fastify'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { captionTexts } from '../../../src/media/captions.ts'
import { makeSet, setKey } from '../../../src/media/makeSet.ts'
import type { DemoSet } from '../../../src/media/sets.ts'
import { CHROMIUM_BASE_ARGS, chromiumPath } from '../../e2e/chromium.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** Paths of the clip under /media/, as a manifest would name them. */
export const CLIP = {
  hls: 'clip/master.m3u8',
  mp4: 'clip/restitution.mp4',
  poster: 'clip/poster.jpg',
  captions: [
    { lang: 'fr', src: 'clip/captions.fr.vtt' },
    { lang: 'en', src: 'clip/captions.en.vtt' },
  ],
} as const

const SET: DemoSet = {
  label: 'video pool test clip',
  at: 'tests/e2e/video.test.ts',
  durationSeconds: 10,
  colour: '#000091',
  facts: {
    kind: 'defi',
    title: { fr: 'Lecteur vidéo', en: 'Video player' },
    by: 'Banc d’essai',
    summary: { fr: 'Une vidéo de test.', en: 'A test video.' },
    exhibition: { fr: 'Essai', en: 'Test' },
  },
  outputs: {
    hls: CLIP.hls,
    mp4: CLIP.mp4,
    poster: CLIP.poster,
    captions: CLIP.captions.map((c) => ({ lang: c.lang, path: c.src })),
  },
}

/** The first caption line of the clip in each language, as the cue shows it. */
export const FIRST_CUES = { fr: captionTexts(SET.facts, 'fr')[0]!, en: captionTexts(SET.facts, 'en')[0]! }

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>video pool</title>
<script type="importmap">{"imports":{"hls.js":"/vendor/hls.mjs"}}</script>
<script type="module" src="/app/page.js"></script></head><body></body></html>`

/** A loopback server for the pool's test page and media, and a Chromium to open it. */
export type VideoRig = {
  baseUrl: string
  /** Paths (with query) of every request the server received, in order. */
  requests: string[]
  /** How many requests since the `from`-th one (0: since the start) satisfy `test`. */
  count(test: (url: string) => boolean, from?: number): number
  /** Opens the test page; `init` runs before any page script (to take capabilities away). */
  open(init?: () => void): Promise<Page>
  close(): Promise<void>
}

/**
 * Makes a 10 s clip with the demo media maker (fMP4 HLS ladder 480p/240p, MP4, captions), bundles the test page
 * with hls.js left out (an import map serves it at /vendor/hls.mjs, so its one fetch shows in the request log),
 * and serves both. Under /flaky/ the same files are served, but the first `flakySegments` segment requests fail 503;
 * under /hang/ nothing is ever answered.
 */
export async function startVideoRig(flakySegments = 3): Promise<VideoRig> {
  const work = await mkdtemp(path.join(tmpdir(), 'vernissage-video-'))
  const mediaDir = path.join(work, 'media')
  const appDir = path.join(work, 'app')
  await mkdir(mediaDir)
  await makeSet(mediaDir, SET, setKey(SET))
  await build({
    entryPoints: { page: path.join(ROOT, 'tests/video/e2e/page.tsx') },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    external: ['hls.js'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: appDir,
    logLevel: 'error',
  })
  const hlsModule = await readFile(path.join(ROOT, 'node_modules/hls.js/dist/hls.mjs'))

  const requests: string[] = []
  let flakyLeft = flakySegments
  // forceCloseConnections: requests under /hang/ are never answered, and must not keep close() waiting.
  const app = Fastify({ forceCloseConnections: true })
  app.addHook('onRequest', async (request, reply) => {
    requests.push(request.url)
    if (request.url.startsWith('/flaky/') && request.url.endsWith('.m4s') && flakyLeft > 0) {
      flakyLeft--
      return reply.code(503).send('busy')
    }
  })
  await app.register(fastifyStatic, { root: mediaDir, prefix: '/media/' })
  await app.register(fastifyStatic, { root: mediaDir, prefix: '/flaky/', decorateReply: false })
  await app.register(fastifyStatic, { root: appDir, prefix: '/app/', decorateReply: false })
  app.get('/hang/*', () => new Promise<never>(() => {}))
  app.get('/vendor/hls.mjs', (_request, reply) => reply.type('text/javascript').send(hlsModule))
  app.get('/', (_request, reply) => reply.type('text/html').send(PAGE))
  const profile = path.join(work, 'profile')
  let context: BrowserContext
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_BASE_ARGS,
    })
  } catch (error) {
    await app.close()
    await rm(work, { recursive: true, force: true })
    throw error
  }
  const { port } = app.server.address() as { port: number }
  const baseUrl = `http://127.0.0.1:${port}`

  return {
    baseUrl,
    requests,
    count: (test, from = 0) => requests.slice(from).filter(test).length,
    async open(init) {
      const page = await context.newPage()
      page.on('pageerror', (error) => console.error(`[video page] ${error.message}`))
      if (init) await page.addInitScript(init)
      await page.goto(`${baseUrl}/`)
      await page.waitForFunction(() => 'videoTest' in window)
      return page
    },
    async close() {
      await context.close().catch(() => {})
      await app.close()
      await rm(work, { recursive: true, force: true })
    },
  }
}
