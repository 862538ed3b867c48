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
