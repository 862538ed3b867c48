import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { createGalleryStore } from '../store/galleryStore.ts'
import { createHttpApi } from '../store/api.ts'
import { App } from './App.tsx'
import { AppErrorBoundary } from './AppErrorBoundary.tsx'
import { GalleryContext } from '../ui/galleryContext.ts'
import { parseLocation } from '../store/routes.ts'
import { isCurating, previewOf } from './preview.ts'

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    // Some privacy settings throw on access: the language choice then lasts for the visit.
    return undefined
  }
}

// A team link (`/upload/<token>`) opens the upload page, a chunk of its own; everything else is the gallery.
const uploadToken = /^\/upload\/([A-Za-z0-9_-]{43})\/?$/.exec(window.location.pathname)?.[1]
const UploadRoot = lazy(() => import('./UploadRoot.tsx'))

// The organisers' screen is its own chunk, with DSFR's start: visitors never download it.
const CurateApp = lazy(() =>
  Promise.all([import('./dsfr.ts'), import('../ui/curate/CurateApp.tsx')]).then(([, m]) => m),
)

const DraftBanner = lazy(() => import('./DraftBanner.tsx'))

// An organiser's preview is the visitor app under /curate/ID/preview, reading the draft instead of what is published.
const preview = previewOf(window.location.pathname)
const base = preview?.prefix ?? ''

function gallery() {
  const curating = isCurating(window.location.pathname)
  const store = createGalleryStore({
    api: preview
      ? createHttpApi({ exhibitionPath: (id) => `/api/curate/exhibitions/${encodeURIComponent(id)}/preview` })
      : createHttpApi(),
    storage: browserStorage(),
    history: {
      push: (url) => window.history.pushState(null, '', `${base}${url}`),
      replace: (url) => window.history.replaceState(null, '', `${base}${url}`),
    },
    // The organisers' screen routes itself; the store keeps only its language (DSFR's components read it there).
    initialLocation: parseLocation(
      curating ? '/' : preview ? `${preview.path}${window.location.search}` : window.location.href,
    ),
  })
  // The curation screen's ?lang= sets the language without the store rewriting that address as a visitor page's.
  const asked = parseLocation(window.location.href).lang
  if (curating && asked) store.getState().setLanguage(asked)
  return (
    <GalleryContext value={store}>
      {curating ? (
        <Suspense fallback={<p role="status">Chargement… / Loading…</p>}>
          <CurateApp />
        </Suspense>
      ) : (
        <>
          {preview && (
            <Suspense fallback={null}>
              <DraftBanner exhibition={preview.exhibition} />
            </Suspense>
          )}
          <App basePath={base} />
        </>
      )}
    </GalleryContext>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppErrorBoundary>
      {uploadToken ? (
        <Suspense fallback={null}>
          <UploadRoot token={uploadToken} />
        </Suspense>
      ) : (
        gallery()
      )}
    </AppErrorBoundary>
  </StrictMode>,
)
