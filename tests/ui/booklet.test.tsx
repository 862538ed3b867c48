import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { localize } from '../../src/manifest/index.ts'
import BookletPage from '../../src/ui/booklet/BookletPage.tsx'
import { sampleManifest } from './sampleManifest.ts'

const manifest = sampleManifest()
const text = (html: string) =>
  html
    .replace(/<\/?span[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')

describe('BookletPage', () => {
  const fr = renderToStaticMarkup(<BookletPage lang="fr" manifest={manifest} />)

  it('opens on a cover with the title, promotion, dates, organiser, credits and licence', () => {
    const cover = text(fr.slice(fr.indexOf('booklet-cover'), fr.indexOf('</header>')))
    expect(cover).toContain('Livret de restitution')
    expect(cover).toContain('Exposition de démonstration')
    expect(cover).toContain('EIG 4')
    expect(cover).toContain('17–24 juin 2021')
    expect(cover).toContain('Programme EIG')
    expect(cover).toContain('Photos : équipe EIG')
    expect(cover).toContain('Licence Ouverte 2.0')
    expect(cover).toContain('www.etalab.gouv.fr/licence-ouverte-open-licence')
  })

  it('has the programme, then a section per room with stands, each défi in visiting order', () => {
    const headings = [...fr.matchAll(/<h([23])[^>]*>([^<]+)</g)].map((m) => `h${m[1]} ${m[2]}`)
    expect(headings.slice(headings.indexOf('h2 Programme'))).toEqual([
      'h2 Programme',
      'h3 Table ronde',
      'h2 Données',
      'h3 ADEX',
      'h3 DataFisc',
      'h2 Santé',
      'h3 Medic',
    ])
  })

  it('gives each défi its pitch, administration, team, mentors, key figures and printed deliverable URLs', () => {
    const adex = text(fr.slice(fr.indexOf('id="booklet-adex"'), fr.indexOf('id="booklet-datafisc"')))
    expect(adex).toContain('Prévenir les conflits d’intérêts')
    expect(adex).toContain('Haute Autorité de Santé, Saint-Denis')
    expect(adex).toContain('www.has-sante.fr')
    expect(adex).toContain('Anne Exemple (Développeuse)')
    expect(adex).toContain('Marc Mentor')
    expect(adex).toContain('1 288 000 déclarations analysées')
    expect(adex).toContain('Code source (Code source) gitlab.com/adex')
  })

  it('gives each défi a QR code and a printed link to its stand', () => {
    const qrs = [...fr.matchAll(/<svg class="booklet-qr"[^>]*data-url="([^"]+)"/g)].map((m) => m[1])
    expect(qrs).toEqual(['/expo/donnees/adex', '/expo/donnees/datafisc', '/expo/sante/medic'])
    expect(fr).toContain('<a class="booklet-url" href="/expo/sante/medic">/expo/sante/medic</a>')
  })

  it('prints each défi’s description, its "##" headings one level under the défi’s title', () => {
    const withHeadings = sampleManifest((input) => {
      input.defis![0]!.description = '## La problématique\nUn texte.\n\n### Les étapes\n- une'
      return input
    })
    const html = renderToStaticMarkup(<BookletPage lang="fr" manifest={withHeadings} />)
    expect(html).toMatch(
      /<h3 id="booklet-adex"[^>]*>ADEX<\/h3>[\s\S]*<h4>La problématique<\/h4><p>Un texte.<\/p><h5>Les étapes<\/h5>/,
    )
  })

  it('speaks English, marking content that exists only in French', () => {
    const en = renderToStaticMarkup(<BookletPage lang="en" manifest={manifest} />)
    expect(text(en)).toContain('Exhibition booklet')
    expect(text(en)).toContain('Print the booklet')
    expect(text(en)).toContain('1,288,000 declarations analysed')
    expect(en).toContain(`<h1 dir="auto">${localize(manifest.exhibition.title, 'en')}</h1>`)
    const fallback = structuredClone(manifest)
    fallback.defis[0]!.pitch = { fr: 'Seulement en français' }
    expect(renderToStaticMarkup(<BookletPage lang="en" manifest={fallback} />)).toContain(
      '<p class="fr-mb-2w" dir="auto" lang="fr">Seulement en français</p>',
    )
  })
})
