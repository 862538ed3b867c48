import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CurrentPage } from '../../src/app/CurrentPage.tsx'
import { GalleryContext } from '../../src/ui/galleryContext.ts'
import { resolvePage } from '../../src/app/resolvePage.ts'
import { createGalleryStore, createHttpApi, selectExhibition, type GalleryStore } from '../../src/store/index.ts'
import { PROTOTYPE_PAGES, prototypeIdsGallery } from '../fixtures/galleries.ts'
import { listen, tempDir, type Running } from '../server/helpers.ts'

let server: Running
let remove: () => Promise<void>

beforeAll(async () => {
  const temp = await tempDir('prototype-ids')
  remove = temp.remove
  const galleryDir = path.join(temp.dir, 'gallery')
  await mkdir(galleryDir)
  await writeFile(path.join(galleryDir, 'constructor.json'), JSON.stringify(prototypeIdsGallery()))
  server = await listen({ galleryDir, mediaDir: path.join(temp.dir, 'media'), distDir: path.join(temp.dir, 'dist') })
})
afterAll(async () => {
  await server?.close()
  await remove?.()
})

function render(store: GalleryStore): string {
  const state = store.getState()
  const resolved = resolvePage(state.location, state.exhibitionList, selectExhibition(state))
  return renderToStaticMarkup(
    <GalleryContext value={store}>
      <CurrentPage lang="fr" languages={['fr', 'en']} resolved={resolved} onLanguageChange={() => {}} />
    </GalleryContext>,
  )
}

describe('an exhibition whose ids are all Object.prototype (and Array, Function) property names', () => {
  it('is loading, not broken, before its manifest arrives', () => {
    const store = createGalleryStore({ api: createHttpApi({ baseUrl: server.base }) })
    store.getState().navigate('/constructor/constructor/constructor')
    const state = store.getState()
    expect(selectExhibition(state)).toEqual({ status: 'idle' })
    expect(resolvePage(state.location, state.exhibitionList, selectExhibition(state))).toEqual({ page: 'loading' })
  })

  it.each(PROTOTYPE_PAGES)('shows $path with its heading', async ({ path: url, heading }) => {
    const store = createGalleryStore({ api: createHttpApi({ baseUrl: server.base }) })
    store.getState().navigate(url)
    await store.getState().loadExhibition('constructor')
    const html = render(store)
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '')
    // The booklet loads lazily: rendered on the server it shows its fallback, which has no h1 of its own.
    if (!url.endsWith('/booklet')) expect(h1).toBe(heading)
    expect(html).not.toContain('Page introuvable')
    expect(html).not.toContain('Une erreur')
  })
})
