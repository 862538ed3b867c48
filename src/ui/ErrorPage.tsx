import { Alert } from '@codegouvfr/react-dsfr/Alert'

/** Why a page cannot be shown. */
export type PageError = 'notFound' | 'network' | 'server' | 'invalid'

const MESSAGES: Record<PageError, { fr: [string, string]; en: [string, string] }> = {
  notFound: {
    fr: ['Page introuvable', 'Cette exposition, cette salle ou ce défi n’existe pas, ou n’est pas encore publié.'],
    en: ['Page not found', 'This exhibition, room or challenge does not exist, or is not published yet.'],
  },
  network: {
    fr: ['Serveur injoignable', 'Vérifiez votre connexion à Internet, puis rechargez la page.'],
    en: ['Server unreachable', 'Check your Internet connection, then reload the page.'],
  },
  server: {
    fr: ['Erreur du serveur', 'Le serveur n’a pas pu répondre. Réessayez dans quelques instants.'],
    en: ['Server error', 'The server could not answer. Please try again in a moment.'],
  },
  invalid: {
    fr: ['Réponse inattendue', 'Le serveur a répondu quelque chose que cette page ne sait pas lire.'],
    en: ['Unexpected answer', 'The server sent something this page cannot read.'],
  },
}

/** An error in French and in English at once, since the visitor's language may be what failed to load. */
export function ErrorPage({ error }: { error: PageError }) {
  const { fr, en } = MESSAGES[error]
  return (
    <>
      <h1>
        {fr[0]} <span lang="en">/ {en[0]}</span>
      </h1>
      <Alert severity="error" title={fr[0]} description={fr[1]} className="fr-mb-2w" />
      <div lang="en">
        <Alert severity="error" title={en[0]} description={en[1]} className="fr-mb-4w" />
      </div>
      <p>
        <a className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/">
          Retour aux expositions <span lang="en">/ Back to the exhibitions</span>
        </a>
      </p>
    </>
  )
}
