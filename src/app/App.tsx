import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { Language, Manifest } from '../manifest/index.ts'
import { selectExhibition, selectLanguage, selectLanguages } from '../store/selectors.ts'
import { t } from '../ui/i18n.ts'
import { siteTexts } from '../ui/siteTexts.ts'
import { canUseWebGL } from '../ui/webgl.ts'
import { useGallery, useGalleryStore } from '../ui/galleryContext.ts'
import { connectHistory } from './navigation.ts'
import { NoWebGLNotice } from './NoWebGLNotice.tsx'
import { resolvePage, type ResolvedPage } from './resolvePage.ts'
import { formatLocation } from '../store/routes.ts'
import { View3D } from './View3D.tsx'

// The 2D pages (and the DSFR components they use) load on demand, like the 3D scene: a visitor in 3D downloads
// neither the 2D pages before the first frame nor three.js in 2D.
// DSFR's start is imported first so that its stylesheet comes first in the document, before the pages' own rules.
const CurrentPage = lazy(() =>
  Promise.all([import('./dsfr.ts'), import('./CurrentPage.tsx')]).then(([, m]) => ({ default: m.CurrentPage })),
)

// Told when the exhibition is published again: off the first page's critical path, it checks once a minute anyway.
const UpdateNotice = lazy(() => import('./UpdateNotice.tsx'))

/** Seconds between checks for a new version of the exhibition: a minute, or `?poll=N` (tests ask for less). */
function pollSeconds(): number {
  const asked = Number(new URLSearchParams(window.location.search).get('poll'))
  return Number.isFinite(asked) && asked >= 1 ? asked : 60
}

/**
 * The "exhibition updated" notice, fetched when its first check is due rather than with the page: nobody needs it in
 * the first minute, so its chunk stays out of what a 2D page downloads to show itself.
 */
function LaterUpdateNotice({ lang }: { lang: Language }) {
  const [due, setDue] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => setDue(true), pollSeconds() * 1000)
    return () => window.clearTimeout(timer)
  }, [])
  return due ? (
    <Suspense fallback={null}>
      <UpdateNotice lang={lang} every={pollSeconds()} />
    </Suspense>
  ) : null
}

/** The manifest when the 3D view can show this page: the building, a room (the auditorium too) or a stand. */
function sceneManifest(resolved: ResolvedPage): Manifest | null {
  const page = resolved.page
  return page === 'lobby' || page === 'room' || page === 'auditorium' || page === 'defi' ? resolved.manifest : null
}

/** Loads what the current location needs. */
function useLocationData(): void {
  const location = useGallery((s) => s.location)
  const loadExhibitionList = useGallery((s) => s.loadExhibitionList)
  const loadExhibition = useGallery((s) => s.loadExhibition)
  const exhibitionId = 'exhibition' in location ? location.exhibition : null
  useEffect(() => {
    if (exhibitionId !== null) void loadExhibition(exhibitionId)
    else if (location.name === 'exhibitions') void loadExhibitionList()
  }, [exhibitionId, location.name, loadExhibition, loadExhibitionList])
}

/**
 * The app shell: routes the URL to a 2D page and keeps the document (lang, title, focus) in step. `basePath` is set
 * in an organiser's preview of a draft, whose addresses all start with it.
 */
export function App({ basePath = '' }: { basePath?: string }) {
  const store = useGalleryStore()
  const location = useGallery((s) => s.location)
  // The exhibition's language when it is not written in the visitor's: its text keeps its true `lang`.
  const lang = useGallery(selectLanguage)
  const languages = useGallery(selectLanguages)
  const setLanguage = useGallery((s) => s.setLanguage)
  const exhibitionList = useGallery((s) => s.exhibitionList)
  const exhibition = useGallery(selectExhibition)
  const resolved = resolvePage(location, exhibitionList, exhibition)
  const url = formatLocation(location)
  const settledUrl = useRef<string | null>(null)
  const [sceneFailed, setSceneFailed] = useState(false)
  const sceneRoute = location.name === 'lobby' || location.name === 'room' || location.name === 'defi'
  const scenePage = sceneRoute && (resolved.page === 'loading' || sceneManifest(resolved) !== null)
  // The building is shown in 3D unless the visitor asked for 2D or the browser has no WebGL, which then gets the
  // same URL's 2D page: silently when nobody asked for 3D, with a notice saying why when they did.
  const asked3D = scenePage && (location.view === '3d' || (location.view === undefined && canUseWebGL()))
  const noWebGL = asked3D && (sceneFailed || !canUseWebGL())
  const manifest3D = asked3D && !noWebGL ? sceneManifest(resolved) : null

  useEffect(() => connectHistory(store, window, basePath), [store, basePath])
  useLocationData()
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const exhibitionShown = 'manifest' in resolved ? resolved.manifest?.exhibition : undefined

  useEffect(() => {
    const heading = document.querySelector('main h1')
    const site = siteTexts(lang, exhibitionShown).title
    document.title = heading?.textContent ? `${heading.textContent} – ${site}` : site
    if (resolved.page === 'loading' || settledUrl.current === url) return
    const firstPage = settledUrl.current === null
    settledUrl.current = url
    if (firstPage && !window.location.hash) return
    const anchor = window.location.hash
      ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
      : null
    if (anchor) anchor.scrollIntoView()
    else window.scrollTo(0, 0)
    // After an in-app navigation, screen readers start again from the new page's title.
    if (!firstPage && heading instanceof HTMLElement) {
      heading.tabIndex = -1
      heading.focus({ preventScroll: true })
    }
  }, [url, resolved.page, lang, exhibitionShown])

  const loading = <p role="status">{t(lang, 'loading')}</p>
  if (asked3D && !noWebGL) {
    return manifest3D ? (
      <>
        {basePath === '' && <LaterUpdateNotice lang={lang} />}
        <View3D manifest={manifest3D} lang={lang} onUnavailable={() => setSceneFailed(true)} />
      </>
    ) : (
      loading
    )
  }
  return (
    <Suspense fallback={loading}>
      {noWebGL && <NoWebGLNotice lang={lang} />}
      {basePath === '' && <LaterUpdateNotice lang={lang} />}
      <CurrentPage lang={lang} languages={languages} resolved={resolved} onLanguageChange={setLanguage} />
    </Suspense>
  )
}
