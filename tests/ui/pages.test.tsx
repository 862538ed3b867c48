import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/manifest/index.ts'
import { selectStandNeighbours } from '../../src/store/selectors.ts'
import { AuditoriumPage } from '../../src/ui/AuditoriumPage.tsx'
import { DefiPage } from '../../src/ui/DefiPage.tsx'
import { ErrorPage } from '../../src/ui/ErrorPage.tsx'
import { ExhibitionsPage } from '../../src/ui/ExhibitionsPage.tsx'
import { Layout } from '../../src/ui/Layout.tsx'
import { LobbyPage } from '../../src/ui/LobbyPage.tsx'
import { RoomPage } from '../../src/ui/RoomPage.tsx'
import { sampleManifest } from './sampleManifest.ts'

const manifest = sampleManifest()
const room = (id: string) => manifest.rooms.find((r) => r.id === id)!
// Text as a visitor reads it: tags dropped, entities decoded, spaces (including no-break ones) collapsed.
const text = (html: string) =>
  html
    .replace(/<\/?span[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')

function defiPage(lang: Language, id: string) {
  const around = selectStandNeighbours(manifest, id)!
  return renderToStaticMarkup(
    <DefiPage lang={lang} manifest={manifest} stand={around.current} previous={around.previous} next={around.next} />,
  )
}

describe('ExhibitionsPage', () => {
  it('lists every promotion with its title, dates, counts and a link to its lobby', () => {
    const { id, title, promotion, dates } = manifest.exhibition
    const html = renderToStaticMarkup(
      <ExhibitionsPage lang="fr" exhibitions={[{ id, title, promotion, dates, counts: { rooms: 4, defis: 1 } }]} />,
    )
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(text(html)).toContain('Exposition de démonstration')
    expect(text(html)).toContain('EIG 4')
    expect(text(html)).toContain('17–24 juin 2021')
    expect(text(html)).toContain('4 salles · 1 défi')
    expect(html).toContain('href="/expo"')
  })
})

describe('LobbyPage', () => {
  it('shows the programme in the exhibition’s time zone, formatted per language', () => {
    expect(text(renderToStaticMarkup(<LobbyPage lang="fr" manifest={manifest} />))).toContain(
      '17 juin 2021, 14:00 – 15:00 UTC+2',
    )
    const en = text(renderToStaticMarkup(<LobbyPage lang="en" manifest={manifest} />))
    expect(en).toContain('17 June 2021, 14:00–15:00 CEST')
    expect(en).toContain('Round table')
  })

  it('lists the rooms in order with their stands linked to the défi pages', () => {
    const html = renderToStaticMarkup(<LobbyPage lang="fr" manifest={manifest} />)
    const rooms = [...html.matchAll(/<h3 class="fr-h5[^>]*><a href="([^"]+)"[^>]*>([^<]+)</g)].map((m) => [m[1], m[2]])
    expect(rooms).toEqual([
      ['/expo/accueil', 'Accueil'],
      ['/expo/donnees', 'Données'],
      ['/expo/sante', 'Santé'],
      ['/expo/auditorium', 'Auditorium'],
    ])
    expect(html).toContain('<a href="/expo/donnees/adex" dir="auto">ADEX</a>')
    expect(text(html)).toContain('Haute Autorité de Santé')
    expect(text(html)).toContain('Programme EIG')
  })
})

describe('RoomPage', () => {
  it('shows each défi of the room as a card with its pitch and administration', () => {
    const html = renderToStaticMarkup(<RoomPage lang="en" manifest={manifest} room={room('donnees')} />)
    expect(html.match(/<h1 dir="auto">Data<\/h1>/g)).toHaveLength(1)
    expect(html.match(/class="fr-card /g)).toHaveLength(2)
    expect(text(html)).toContain('Preventing conflicts of interest')
    expect(text(html)).toContain('DGFiP')
    expect(html).toContain('href="/expo/donnees/datafisc"')
  })
})

describe('DefiPage', () => {
  it('offers to play a défi that has only an HLS playlist, with no MP4 to download', () => {
    const hlsOnly = sampleManifest((input) => {
      input.defis![0]!.media = { hls: 'demo/expo/adex/master.m3u8', captions: [] }
      return input
    })
    const around = selectStandNeighbours(hlsOnly, 'adex')!
    const html = renderToStaticMarkup(
      <DefiPage lang="fr" manifest={hlsOnly} stand={around.current} previous={null} next={null} />,
    )
    expect(html).toContain('Restitution vidéo')
    expect(html).toMatch(/<video [^>]*aria-label="ADEX"/)
    expect(html).toContain('data-testid="hls-play"')
    expect(text(html)).toContain('Lire la vidéo')
    expect(html).not.toContain('<source')
    expect(html).not.toContain('download')
  })

  it('cuts a 3,000-letter title after three lines, the whole of it in a tooltip', () => {
    const long = 'A'.repeat(3000)
    const titled = sampleManifest((input) => {
      input.defis![0]!.title = long
      return input
    })
    const around = selectStandNeighbours(titled, 'adex')!
    const html = renderToStaticMarkup(
      <DefiPage lang="fr" manifest={titled} stand={around.current} previous={null} next={null} />,
    )
    expect(html).toContain(`<h1 dir="auto" class="vernissage-clamp" title="${long}">${long}</h1>`)
    expect(defiPage('fr', 'adex')).toContain('<h1 dir="auto">ADEX</h1>')
  })

  it('announces a deliverable without a link as coming soon, and shows a key figure’s prefix', () => {
    const real = sampleManifest((input) => {
      input.defis![0]!.deliverables = [{ title: 'Documentation', kind: 'report' }]
      input.defis![0]!.keyFigures = [{ prefix: '+', value: 200000, label: 'visiteurs' }]
      return input
    })
    const around = selectStandNeighbours(real, 'adex')!
    const html = renderToStaticMarkup(
      <DefiPage lang="fr" manifest={real} stand={around.current} previous={null} next={null} />,
    )
    expect(text(html)).toContain('Documentation (Rapport) à venir')
    expect(html).not.toMatch(/<a [^>]*>Documentation</)
    expect(text(html)).toContain('+200 000 visiteurs')
  })

  it('renders the description from Markdown and the video with its poster and captions', () => {
    const html = defiPage('fr', 'adex')
    expect(html).toContain('<strong>outil</strong>')
    expect(html).toContain('<li>premier point</li>')
    expect(html).toMatch(/<video[^>]*controls[^>]*poster="\/media\/demo\/expo\/adex\/poster.jpg"/)
    expect(html).toContain('<source src="/media/demo/expo/adex/restitution.mp4" type="video/mp4"/>')
    expect(html).toMatch(/<track kind="captions" src="\/media\/demo\/expo\/adex\/captions.fr.vtt" srcLang="fr"/)
  })

  it('names the administration, its website, city, team and mentors', () => {
    const html = defiPage('fr', 'adex')
    expect(text(html)).toContain('Haute Autorité de Santé')
    expect(html).toContain('href="https://www.has-sante.fr"')
    expect(text(html)).toContain('Ville : Saint-Denis')
    expect(text(html)).toContain('Anne Exemple, Développeuse')
    expect(text(html)).toContain('Marc Mentor')
  })

  it('formats key figures per language', () => {
    expect(text(defiPage('fr', 'adex'))).toContain('1 288 000 déclarations analysées')
    expect(text(defiPage('en', 'adex'))).toContain('1,288,000 declarations analysed')
  })

  it('opens deliverables in a new window that cannot reach back to the exhibition', () => {
    expect(defiPage('fr', 'adex')).toMatch(/<a href="https:\/\/gitlab.com\/adex" target="_blank" rel="noopener"/)
  })

  it('links to the previous and next défi across rooms', () => {
    const html = defiPage('en', 'datafisc')
    expect(html).toMatch(/href="\/expo\/donnees\/adex" rel="prev">Previous challenge: <span dir="auto">ADEX</)
    expect(html).toMatch(/href="\/expo\/sante\/medic" rel="next">Next challenge: <span dir="auto">Medic</)
    expect(defiPage('en', 'adex')).not.toContain('rel="prev"')
  })

  it('says where the stand is in the guided tour', () => {
    expect(text(defiPage('fr', 'datafisc'))).toContain('Visite guidée : Étape 2 sur 3')
    expect(text(defiPage('en', 'medic'))).toContain('Guided tour: Stop 3 of 3')
  })

  it('marks content shown in the other language with its lang', () => {
    const html = defiPage('en', 'adex')
    // The description exists in French only; the pitch exists in English.
    expect(html).toMatch(/<div dir="auto" lang="fr"><p>Un <strong>outil<\/strong>/)
    expect(html).toMatch(/<p class="fr-text--lead" dir="auto">Preventing conflicts of interest<\/p>/)
    expect(defiPage('fr', 'adex')).not.toMatch(/lang="fr"><p>Un/)
  })

  it('announces a transcript made from the captions, in the language they exist in', () => {
    expect(text(defiPage('fr', 'adex'))).toContain('Transcription Chargement de la transcription')
    expect(text(defiPage('en', 'adex'))).toContain('Transcript Transcript available in French only.')
    expect(defiPage('fr', 'datafisc')).not.toContain('data-testid="transcript"')
  })
})

describe('AuditoriumPage', () => {
  it('lists recordings with moderator, speakers and their roles, and a video', () => {
    const html = renderToStaticMarkup(<AuditoriumPage lang="en" manifest={manifest} room={room('auditorium')} />)
    expect(text(html)).toContain('Round table: public data')
    expect(text(html)).toContain('Léa Modératrice')
    expect(text(html)).toContain('Paul Orateur, Director')
    expect(html).toContain('id="table-ronde-rec"')
    expect(html).toContain('/media/demo/expo/table-ronde/restitution.mp4')
  })
})

describe('Layout', () => {
  it('frames the page with landmarks, one h1, and the exhibition’s credits and licence', () => {
    const html = renderToStaticMarkup(
      <Layout lang="fr" onLanguageChange={() => {}} exhibition={manifest.exhibition}>
        <LobbyPage lang="fr" manifest={manifest} />
      </Layout>,
    )
    // DSFR's display-settings dialog carries its own h1; closed, it is outside the page a visitor reads.
    const visible = html.replace(/<dialog[\s\S]*?<\/dialog>/g, '')
    expect(visible.match(/<h1[ >]/g)).toHaveLength(1)
    expect(visible).toMatch(
      /<main [^>]*>\s*<nav[^>]*fr-breadcrumb[\s\S]*<h1 dir="auto">Exposition de démonstration<\/h1>/,
    )
    expect(html.match(/<main /g)).toHaveLength(1)
    expect(html).toMatch(/<header role="banner"/)
    expect(html).toMatch(/<footer[^>]*id="footer"/)
    expect(html).toContain('href="#contenu"')
    expect(text(html)).toContain('Photos : équipe EIG')
    expect(html).toContain('href="https://www.etalab.gouv.fr/licence-ouverte-open-licence"')
    expect(text(html)).toContain('English')
  })

  it('links the exhibition’s open data from the footer', () => {
    const html = renderToStaticMarkup(
      <Layout lang="fr" onLanguageChange={() => {}} exhibition={manifest.exhibition}>
        <p>page</p>
      </Layout>,
    )
    const footer = html.slice(html.indexOf('<footer'))
    expect(text(footer)).toContain('Données ouvertes : JSON – manifeste public (JSON) , CSV')
    expect(footer).toContain('href="/expo/data.json"')
    expect(footer).toContain('href="/expo/data.csv"')
  })

  it('offers no 3D version where WebGL is not known to work', () => {
    const html = renderToStaticMarkup(
      <Layout lang="fr" onLanguageChange={() => {}} exhibition={manifest.exhibition} view3dHref="/expo?view=3d">
        <p>page</p>
      </Layout>,
    )
    expect(html).not.toContain('view=3d')
  })
})

describe('ErrorPage', () => {
  it('explains an unknown exhibition in French and in English', () => {
    const html = renderToStaticMarkup(<ErrorPage error="notFound" />)
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(text(html)).toContain('Page introuvable')
    expect(text(html)).toContain('Page not found')
    expect(html).toContain('lang="en"')
  })

  it('tells a server that cannot be reached from one that failed', () => {
    expect(text(renderToStaticMarkup(<ErrorPage error="network" />))).toContain('Server unreachable')
    expect(text(renderToStaticMarkup(<ErrorPage error="server" />))).toContain('Server error')
  })
})
