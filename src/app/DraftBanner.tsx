const BANNER = {
  position: 'fixed',
  top: 0,
  insetInline: 0,
  zIndex: 1000,
  padding: '0.25rem 1rem',
  background: '#b34000',
  color: '#ffffff',
  textAlign: 'center',
  fontWeight: 700,
} as const

/** Says, over every page of an organiser's preview, that what is shown is a draft visitors do not see. */
export default function DraftBanner({ exhibition }: { exhibition: string }) {
  return (
    <p role="note" style={BANNER} data-testid="draft-banner">
      <span lang="fr">Brouillon : aperçu réservé aux organisateurs.</span>{' '}
      <span lang="en">Draft: organisers&apos; preview.</span>{' '}
      <a href={`/curate/${exhibition}`} style={{ color: '#ffffff' }}>
        <span lang="fr">Retour à l’édition</span> / <span lang="en">Back to editing</span>
      </a>
    </p>
  )
}
