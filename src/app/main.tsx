import { StrictMode } from 'react'
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

const store = createGalleryStore({
  api: createHttpApi(),
  storage: browserStorage(),
  history: {
    push: (url) => window.history.pushState(null, '', url),
    replace: (url) => window.history.replaceState(null, '', url),
  },
  initialLocation: parseLocation(window.location.href),
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppErrorBoundary>
      <GalleryContext value={store}>
        <App />
      </GalleryContext>
    </AppErrorBoundary>
  </StrictMode>,
)
