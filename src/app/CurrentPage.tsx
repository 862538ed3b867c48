import type { Language } from '../manifest/fields.ts'
import { AuditoriumPage } from '../ui/AuditoriumPage.tsx'
import { DefiPage } from '../ui/DefiPage.tsx'
import { ErrorPage } from '../ui/ErrorPage.tsx'
import { ExhibitionsPage } from '../ui/ExhibitionsPage.tsx'
import { Layout } from '../ui/Layout.tsx'
import { LobbyPage } from '../ui/LobbyPage.tsx'
import { ProgrammePage } from '../ui/ProgrammePage.tsx'
import { RoomPage } from '../ui/RoomPage.tsx'
import { LaterPage, LoadingPage } from '../ui/StatusPage.tsx'
import type { ResolvedPage } from './resolvePage.ts'

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
    case 'later':
      return <LaterPage lang={lang} />
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
  resolved,
  onLanguageChange,
}: {
  lang: Language
  resolved: ResolvedPage
  onLanguageChange: (lang: Language) => void
}) {
  const manifest = 'manifest' in resolved ? resolved.manifest : undefined
  return (
    <Layout lang={lang} onLanguageChange={onLanguageChange} exhibition={manifest?.exhibition}>
      <PageBody lang={lang} resolved={resolved} />
    </Layout>
  )
}
