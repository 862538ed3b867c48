import { useEffect, useRef } from 'react'
import { selectExhibition } from '../store/selectors.ts'
import { t } from '../ui/i18n.ts'
import { CurrentPage } from './CurrentPage.tsx'
import { useGallery, useGalleryStore } from './galleryContext.ts'
import { connectHistory } from './navigation.ts'
import { resolvePage } from './resolvePage.ts'
import { formatLocation } from './routes.ts'

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

/** The app shell: routes the URL to a 2D page and keeps the document (lang, title, focus) in step. */
export function App() {
  const store = useGalleryStore()
  const location = useGallery((s) => s.location)
  const lang = useGallery((s) => s.language)
  const setLanguage = useGallery((s) => s.setLanguage)
  const exhibitionList = useGallery((s) => s.exhibitionList)
  const exhibition = useGallery(selectExhibition)
  const resolved = resolvePage(location, exhibitionList, exhibition)
  const url = formatLocation(location)
  const settledUrl = useRef<string | null>(null)

  useEffect(() => connectHistory(store, window), [store])
  useLocationData()
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  useEffect(() => {
    const heading = document.querySelector('main h1')
    document.title = heading?.textContent ? `${heading.textContent} – ${t(lang, 'site.title')}` : t(lang, 'site.title')
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
  }, [url, resolved.page, lang])

  return <CurrentPage lang={lang} resolved={resolved} onLanguageChange={setLanguage} />
}
