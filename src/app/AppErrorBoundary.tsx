import { Component, type ReactNode } from 'react'
import { translator, type Dictionary } from '../manifest/translations.ts'

type State = { failure: 'load' | 'crash' | null }

// What browsers say when a lazy part of the app (a chunk, its stylesheet) cannot be fetched: the connection dropped,
// or the server was rebuilt and the page still asks for the previous build's files.
const LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically|Unable to preload CSS|Failed to fetch/i

/** What the app says in place of a page that failed, in both languages at once. */
export const FAILURE_TEXTS = {
  'load.title': { fr: 'La page n’a pas pu se charger', en: 'The page could not load' },
  'load.body': {
    fr: 'Une partie de l’exposition n’a pas pu être téléchargée : la connexion a peut-être été coupée, ou l’exposition vient d’être mise à jour. Rechargez la page : vous resterez au même endroit.',
    en: 'Part of the exhibition could not be downloaded: the connection may have dropped, or the exhibition has just been updated. Reload the page: you will stay in the same place.',
  },
  'crash.title': { fr: 'Une erreur a interrompu la page', en: 'An error stopped the page' },
  'crash.body': {
    fr: 'Quelque chose d’inattendu s’est produit. Rechargez la page : vous resterez au même endroit. Si l’erreur revient, la version 2D de l’exposition reste disponible.',
    en: 'Something unexpected happened. Reload the page: you will stay in the same place. If the error comes back, the 2D version of the exhibition is still there.',
  },
  reload: { fr: 'Recharger la page', en: 'Reload the page' },
  twoD: { fr: 'Version 2D', en: '2D version' },
} as const satisfies Dictionary

const say = translator(FAILURE_TEXTS)

/** The message shown in place of the app, in French and English: the language choice may be what failed to load. */
function Failure({ failure }: { failure: 'load' | 'crash' }) {
  const twoD = new URL(window.location.href)
  twoD.searchParams.set('view', '2d')
  return (
    <main id="contenu" className="fr-container fr-py-4w" role="alert" style={{ maxWidth: '48rem', padding: '1rem' }}>
      <h1>{say('fr', `${failure}.title`)}</h1>
      <p>{say('fr', `${failure}.body`)}</p>
      <h2 lang="en">{say('en', `${failure}.title`)}</h2>
      <p lang="en">{say('en', `${failure}.body`)}</p>
      <p>
        <button type="button" className="fr-btn" onClick={() => window.location.reload()}>
          {say('fr', 'reload')} <span lang="en">/ {say('en', 'reload')}</span>
        </button>
      </p>
      {failure === 'crash' && (
        <p>
          <a href={`${twoD.pathname}${twoD.search}`}>
            {say('fr', 'twoD')} <span lang="en">/ {say('en', 'twoD')}</span>
          </a>
        </p>
      )}
    </main>
  )
}

/**
 * Catches what would otherwise leave a blank page: a lazy part of the app that could not be fetched, or an error
 * while drawing. The visitor gets a bilingual explanation and a way back in, at the same address.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failure: null }

  static getDerivedStateFromError(error: unknown): State {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { failure: LOAD_FAILURE.test(message) ? 'load' : 'crash' }
  }

  override render() {
    return this.state.failure ? <Failure failure={this.state.failure} /> : this.props.children
  }
}
