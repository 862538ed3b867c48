import type { Language } from '../manifest/index.ts'

const text = {
  fr: 'Votre navigateur ne peut pas afficher l’exposition en 3D (WebGL 2 est indisponible) : voici sa version 2D.',
  en: 'Your browser cannot show the exhibition in 3D (WebGL 2 is unavailable): here is its 2D version.',
}

/** Says why the 2D view opened when the visitor asked for 3D; a DSFR notice, at the top of the page. */
export function NoWebGLNotice({ lang }: { lang: Language }) {
  return (
    <div className="fr-notice fr-notice--info" role="status" data-testid="no-webgl">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">{text[lang]}</p>
        </div>
      </div>
    </div>
  )
}
