import type { Language } from '../manifest/languages.ts'
import { t } from '../ui/i18n.ts'

/** Says why the 2D view opened when the visitor asked for 3D; a DSFR notice, at the top of the page. */
export function NoWebGLNotice({ lang }: { lang: Language }) {
  return (
    <div className="fr-notice fr-notice--info" role="status" data-testid="no-webgl">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">{t(lang, 'view.noWebGL')}</p>
        </div>
      </div>
    </div>
  )
}
