import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CurrentPage } from '../../src/app/CurrentPage.tsx'
import { GalleryContext } from '../../src/ui/galleryContext.ts'
import { resolvePage } from '../../src/app/resolvePage.ts'
import type { Manifest } from '../../src/manifest/index.ts'
import {
  createGalleryStore,
  selectExhibition,
  selectLanguage,
  selectLanguages,
  type GalleryApi,
  type GalleryStore,
} from '../../src/store/index.ts'
import { sampleManifest } from '../ui/sampleManifest.ts'

const frenchOnly = sampleManifest((input) => ({
  ...input,
  exhibition: { ...input.exhibition, id: 'expo', languages: ['fr'] },
}))

// The store's port to the server, answering from memory: what is under test is what the store and pages make of it.
const api = (manifest: Manifest): GalleryApi => ({
  listExhibitions: () => Promise.resolve([]),
  getExhibition: () => Promise.resolve(manifest),
})

async function visit(manifest: Manifest, url: string): Promise<GalleryStore> {
  const store = createGalleryStore({ api: api(manifest) })
  store.getState().navigate(url)
  await store.getState().loadExhibition('expo')
  return store
}

function render(store: GalleryStore): string {
  const state = store.getState()
  return renderToStaticMarkup(
    <GalleryContext value={store}>
      <CurrentPage
        lang={selectLanguage(state)}
        languages={selectLanguages(state)}
        resolved={resolvePage(state.location, state.exhibitionList, selectExhibition(state))}
        onLanguageChange={() => {}}
      />
    </GalleryContext>,
  )
}

describe('exhibition.languages', () => {
  it('keeps a French-only exhibition in French with ?lang=en, and remembers the visitor’s English', async () => {
    const store = await visit(frenchOnly, '/expo/donnees/adex?lang=en')
    expect(store.getState().language).toBe('en')
    expect(selectLanguage(store.getState())).toBe('fr')
    expect(selectLanguages(store.getState())).toEqual(['fr'])
    const html = render(store)
    expect(html).not.toContain('data-testid="language-switch"')
    // Its English translations, present in the file, are not what a French-only exhibition shows.
    expect(html).toContain('Prévenir les conflits d’intérêts')
    expect(html).not.toContain('Preventing conflicts of interest')
  })

  it('still follows the visitor in a bilingual exhibition, with a switch', async () => {
    const store = await visit(sampleManifest(), '/expo/donnees/adex?lang=en')
    expect(selectLanguage(store.getState())).toBe('en')
    const html = render(store)
    expect(html).toContain('data-testid="language-switch"')
    expect(html).toContain('Preventing conflicts of interest')
  })

  it('offers both languages outside any exhibition', () => {
    const store = createGalleryStore({ api: api(frenchOnly), initialLocation: { name: 'exhibitions', lang: 'en' } })
    expect(selectLanguage(store.getState())).toBe('en')
    expect(selectLanguages(store.getState())).toEqual(['fr', 'en'])
  })
})
