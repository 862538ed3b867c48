import { lazy, Suspense } from 'react'
import type { Language } from '../manifest/fields.ts'
import { AuditoriumPage } from '../ui/AuditoriumPage.tsx'
import { DefiPage } from '../ui/DefiPage.tsx'
import { ErrorPage } from '../ui/ErrorPage.tsx'
import { ExhibitionsPage } from '../ui/ExhibitionsPage.tsx'
import { Layout } from '../ui/Layout.tsx'
import { LobbyPage } from '../ui/LobbyPage.tsx'
import { ProgrammePage } from '../ui/ProgrammePage.tsx'
import { RoomPage } from '../ui/RoomPage.tsx'
import { LoadingPage } from '../ui/StatusPage.tsx'
import { useGallery } from '../ui/galleryContext.ts'
import type { ResolvedPage } from './resolvePage.ts'
import { formatLocation } from '../store/routes.ts'

// The booklet, with its QR code encoder, loads only when asked for: it stays out of the 2D pages' first download.
const BookletPage = lazy(() => import('../ui/booklet/BookletPage.tsx'))
// The pages the 3D view can show; the others (programme, booklet) have no 3D version to link to.
const PAGES_IN_3D = new Set<ResolvedPage['page']>(['lobby', 'room', 'auditorium', 'defi'])

function PageBody({ lang, resolved }: { lang: Language; resolved: ResolvedPage }) {
  switch (resolved.page) {
    case 'loading':
      return <LoadingPage lang={lang} />
    case 'error':
      return <ErrorPage error={resolved.error} />
    case 'exhibitions':
      return <ExhibitionsPage lang={lang} exhibitions={resolved.exhibitions} />
    case 'lobby':
      return <LobbyPage lang={lang} manifest={resolved.manifest} />
    case 'programme':
      return <ProgrammePage lang={lang} manifest={resolved.manifest} />
    case 'booklet':
      return (
        <Suspense fallback={<LoadingPage lang={lang} />}>
          <BookletPage lang={lang} manifest={resolved.manifest} />
        </Suspense>
      )
    case 'room':
      return <RoomPage lang={lang} manifest={resolved.manifest} room={resolved.room} />
    case 'auditorium':
      return <AuditoriumPage lang={lang} manifest={resolved.manifest} room={resolved.room} />
    case 'defi':
      return <DefiPage lang={lang} {...resolved} />
  }
}

/** The 2D page for a resolved location, inside the DSFR layout. */
export function CurrentPage({
  lang,
  languages,
  resolved,
  onLanguageChange,
}: {
  lang: Language
  /** The languages the visitor may switch to here. */
  languages: readonly Language[]
  resolved: ResolvedPage
  onLanguageChange: (lang: Language) => void
}) {
  const manifest = 'manifest' in resolved ? resolved.manifest : undefined
  const location = useGallery((s) => s.location)
  // The same URL with ?view=3d: switching views keeps the visitor's place.
  const view3dHref = PAGES_IN_3D.has(resolved.page) ? formatLocation({ ...location, view: '3d' }) : undefined
  return (
    <Layout
      lang={lang}
      languages={languages}
      onLanguageChange={onLanguageChange}
      exhibition={manifest?.exhibition}
      view3dHref={view3dHref}
    >
      <PageBody lang={lang} resolved={resolved} />
    </Layout>
  )
}
