import { useCallback, useEffect, useState } from 'react'
import { useGallery } from '../galleryContext.ts'
import { CurateLayout } from './CurateLayout.tsx'
import { curateApi } from './api.ts'
import { ExhibitionEditor } from './ExhibitionEditor.tsx'
import { ExhibitionList } from './ExhibitionList.tsx'
import { SignIn } from './SignIn.tsx'
import { tc } from './strings.ts'
import { parseCuratePath, type CurateRoute } from './route.ts'

/** The organisers' screen: sign-in, then the exhibitions and the editor of one, each at its own address. */
export default function CurateApp() {
  const lang = useGallery((s) => s.language)
  const setLang = useGallery((s) => s.setLanguage)
  const [organiser, setOrganiser] = useState<{ email: string } | null | undefined>(undefined)
  const [route, setRoute] = useState<CurateRoute>(() => parseCuratePath(window.location.pathname))

  const navigate = useCallback((path: string) => {
    window.history.pushState(null, '', path)
    setRoute(parseCuratePath(path))
  }, [])
  useEffect(() => {
    const onPop = () => setRoute(parseCuratePath(window.location.pathname))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  useEffect(() => {
    void curateApi.session().then(setOrganiser)
  }, [])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = `${tc(lang, 'title')} – Vernissage`
  }, [lang])

  let body
  if (organiser === undefined) body = <p role="status">{tc(lang, 'loading')}</p>
  else if (organiser === null) body = <SignIn lang={lang} onSignedIn={setOrganiser} />
  else if (route.name === 'exhibition')
    body = <ExhibitionEditor lang={lang} id={route.id} tab={route.tab} navigate={navigate} />
  else body = <ExhibitionList lang={lang} navigate={navigate} />

  return (
    <CurateLayout lang={lang} onLanguageChange={setLang}>
      {organiser && (
        <p className="fr-text--sm">
          {organiser.email}{' '}
          <button
            type="button"
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
            onClick={() => void curateApi.logout().then(() => setOrganiser(null))}
          >
            {tc(lang, 'signout')}
          </button>
        </p>
      )}
      {body}
    </CurateLayout>
  )
}
