import { Alert } from '@codegouvfr/react-dsfr/Alert'
import type { Language } from '../manifest/fields.ts'
import { t } from './i18n.ts'

/** Shown while data loads: a live region so screen readers hear that something is coming. */
export function LoadingPage({ lang }: { lang: Language }) {
  return (
    <p role="status" aria-live="polite">
      {t(lang, 'loading')}
    </p>
  )
}

/** A page of the URL scheme that a later version fills (booklet, data exports). */
export function LaterPage({ lang }: { lang: Language }) {
  return (
    <>
      <h1>{t(lang, 'later.title')}</h1>
      <Alert severity="info" small description={t(lang, 'later.description')} />
    </>
  )
}
