import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { createGalleryStore } from '../store/galleryStore.ts'
import { createHttpApi } from '../store/api.ts'
import { App } from './App.tsx'
import { AppErrorBoundary } from './AppErrorBoundary.tsx'
import { GalleryContext } from '../ui/galleryContext.ts'
import { parseLocation } from '../store/routes.ts'

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

function gallery() {
  const store = createGalleryStore({
    api: createHttpApi(),
    storage: browserStorage(),
    history: {
      push: (url) => window.history.pushState(null, '', url),
      replace: (url) => window.history.replaceState(null, '', url),
    },
    initialLocation: parseLocation(window.location.href),
  })
  return (
    <GalleryContext value={store}>
      <App />
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
