import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createServer } from '../../src/server/app.ts'
import { prepare } from '../../src/server/prepare.ts'
import { CHROMIUM_WEBGL_ARGS, chromiumPath } from './chromium.ts'

/** The real server on a free port and a real Chromium, with what went wrong in the pages. */
export type Harness = {
  baseUrl: string
  /** The server's store folder (a throwaway one), where tests add organisers. */
  dataDir: string
  /** The gallery folder served: the repository's, or a throwaway copy with `copyGallery`. */
  galleryDir: string
  /** The server itself, for what a test sets up in its store (team links). */
  app: FastifyInstance
  context: BrowserContext
  /** Console errors and uncaught exceptions of the pages opened with `newPage`, each prefixed by its page URL. */
  errors: string[]
  /** A new tab whose errors are collected into `errors`. */
  newPage(): Promise<Page>
  /** True when WebGL2 works in this Chromium (SwiftShader, no GPU). */
  webgl2(): Promise<boolean>
  close(): Promise<void>
}

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Builds the app if it is missing or stale and makes the demo media (both skipped when up to date), serves
 * the repository's gallery/ and media/ (or `galleryDir` and `mediaDir`) and dist/, and opens Chromium on a throwaway
 * profile. With `copyGallery`, a throwaway copy of the gallery is served instead, for tests that publish.
 */
export async function startHarness(
  options: { galleryDir?: string; mediaDir?: string; copyGallery?: boolean } = {},
): Promise<Harness> {
  const dirs = {
    galleryDir: options.galleryDir ?? path.join(ROOT, 'gallery'),
    mediaDir: options.mediaDir ?? path.join(ROOT, 'media'),
    distDir: path.join(ROOT, 'dist'),
  }
  await prepare({ root: ROOT, ...dirs, say: (line) => console.log(`[harness] ${line}`) })
  const profile = await mkdtemp(path.join(tmpdir(), 'vernissage-chromium-'))
  const dataDir = path.join(profile, 'vernissage-data')
  if (options.copyGallery) {
    const copy = path.join(profile, 'vernissage-gallery')
    await cp(dirs.galleryDir, copy, { recursive: true })
    dirs.galleryDir = copy
  }
  // A throwaway store in the profile's folder: tests never touch the repository's data/.
  const app = await createServer({ ...dirs, dataDir })
  let context: BrowserContext | undefined
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    if (address === null || typeof address === 'string') throw new Error('the server has no TCP address')
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_WEBGL_ARGS,
    })
  } catch (error) {
    await app.close()
    await rm(profile, { recursive: true, force: true })
    throw error
  }
  const browser = context
  const errors: string[] = []
  const port = (app.server.address() as { port: number }).port

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    galleryDir: dirs.galleryDir,
    app,
    context: browser,
    errors,
    async newPage() {
      const page = await browser.newPage()
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`)
      })
      page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.name}: ${error.message}`))
      return page
    },
    async webgl2() {
      const page = await browser.newPage()
      try {
        return await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null)
      } finally {
        await page.close()
      }
    },
    async close() {
      await browser.close().catch(() => {})
      await app.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
