import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Layout } from '../../src/ui/Layout.tsx'
import { siteTexts } from '../../src/ui/siteTexts.ts'
import { tourName } from '../../src/ui/overlay/strings.ts'
import { sampleManifest } from './sampleManifest.ts'

const SRC = path.resolve(import.meta.dirname, '../../src')
const frame = (exhibition?: ReturnType<typeof sampleManifest>['exhibition']) =>
  renderToStaticMarkup(
    <Layout lang="fr" onLanguageChange={() => {}} exhibition={exhibition}>
      <p>page</p>
    </Layout>,
  )
const header = (html: string) => /<header[\s\S]*?<\/header>/.exec(html)![0]

describe('the site’s name, tagline and tour', () => {
  it('say nothing of EIG outside an exhibition, or for one whose manifest does not name them', () => {
    const neutral = sampleManifest((input) => {
      input.exhibition.organiser = { name: 'Designers d’intérêt général' }
      input.exhibition.promotion = { name: 'DIG' }
      return input
    })
    for (const html of [frame(), frame(neutral.exhibition)]) {
      expect(header(html)).not.toMatch(/EIG|Entrepreneurs/i)
      expect(header(html)).toContain('Vernissage')
    }
    expect(siteTexts('en').tagline).not.toMatch(/EIG|Entrepreneurs/i)
    expect(tourName('fr', undefined)).toBe('Visite guidée')
  })

  it('come from the manifest when it names them, as EIG’s manifests do', () => {
    const eig = sampleManifest((input) => {
      input.exhibition.site = {
        title: { fr: 'Vernissage EIG', en: 'EIG Vernissage' },
        tagline: { fr: 'Le Demo Day des EIG', en: 'The EIG Demo Day' },
        tourName: 'Vernissage',
      }
      return input
    })
    const html = header(frame(eig.exhibition))
    expect(html).toContain('Vernissage EIG')
    expect(html).toContain('Le Demo Day des EIG')
    expect(siteTexts('en', eig.exhibition).home).toBe('Home – EIG Vernissage')
    expect(tourName('fr', eig.exhibition)).toBe('Visite guidée « Vernissage »')
    expect(tourName('en', eig.exhibition)).toBe('Guided tour “Vernissage”')
  })

  it('leave no programme’s name in the code (grep -ri "entrepreneurs? d.int" src/)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name)
        return statSync(full).isDirectory() ? files(full) : [full]
      })
    const found = files(SRC).filter((file) => /entrepreneurs? d.int/i.test(readFileSync(file, 'utf8')))
    expect(found.map((f) => path.relative(SRC, f))).toEqual([])
  })
})
