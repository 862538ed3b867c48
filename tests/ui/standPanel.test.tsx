import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GalleryContext } from '../../src/ui/galleryContext.ts'
import type { Defi, Language } from '../../src/manifest/index.ts'
import { createHttpApi } from '../../src/store/api.ts'
import { createGalleryStore } from '../../src/store/galleryStore.ts'
import { StandPanel } from '../../src/ui/overlay/StandPanel.tsx'
import { sampleManifest } from './sampleManifest.ts'

const manifest = sampleManifest()

// The panel's share button makes the stand's link absolute from the page's address.
beforeAll(() => vi.stubGlobal('window', { location: new URL('https://vernissage.example/expo/donnees/adex') }))
afterAll(() => vi.unstubAllGlobals())

function panel(lang: Language, id: string): string {
  // Rendering reads the store; nothing is fetched.
  const store = createGalleryStore({ api: createHttpApi({ baseUrl: 'http://127.0.0.1:9' }) })
  const defi = manifest.defis.find((d) => d.id === id)!
  return renderToStaticMarkup(
    <GalleryContext value={store}>
      <StandPanel lang={lang} manifest={manifest} defi={defi} />
    </GalleryContext>,
  )
}

describe('StandPanel, the 3D view’s stand', () => {
  it('marks content shown in the other language with its lang, as the 2D page does', () => {
    const html = panel('en', 'adex')
    // The description exists in French only; the pitch exists in English.
    expect(html).toMatch(/<div dir="auto" lang="fr"><p>Un <strong>outil<\/strong>/)
    expect(html).toMatch(/<p class="fr-text--lead" dir="auto">Preventing conflicts of interest<\/p>/)
    expect(panel('fr', 'adex')).not.toMatch(/lang="fr">/)
  })

  it('shows the défi’s skills as tags, and no empty list when it has none', () => {
    const withSkills = { ...manifest.defis[0]!, skills: ['datascience', 'design'] satisfies Defi['skills'] }
    const store = createGalleryStore({ api: createHttpApi({ baseUrl: 'http://127.0.0.1:9' }) })
    const html = renderToStaticMarkup(
      <GalleryContext value={store}>
        <StandPanel lang="fr" manifest={manifest} defi={withSkills} />
      </GalleryContext>,
    )
    expect(html.match(/<li><p id="[^"]+" class="fr-tag fr-tag--sm">/g)).toHaveLength(2)
    expect(html).toContain('>Design</p>')
    expect(panel('fr', 'datafisc')).not.toContain('fr-tags-group')
  })
})
