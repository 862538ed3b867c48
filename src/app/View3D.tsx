import { lazy, Suspense } from 'react'
import type { Language, Manifest } from '../manifest/index.ts'
import { useGalleryStore } from '../ui/galleryContext.ts'
import { t } from '../ui/i18n.ts'

// Both load only when the visitor asks for 3D: the 2D view never downloads three.js. The overlays come as their own
// chunk, in parallel with the scene, since the first frame does not need them.
const Exhibition3D = lazy(() => import('../scene/Exhibition3D.tsx'))
// DSFR's start first, so that its stylesheet comes before the overlays' own rules.
const Overlays3D = lazy(() =>
  Promise.all([import('./dsfr.ts'), import('../ui/overlay/Overlays3D.tsx')]).then(([, m]) => ({
    default: m.Overlays3D,
  })),
)

/** The 3D view: the scene with its DOM overlays, each loaded on demand. */
export function View3D({
  manifest,
  lang,
  onUnavailable,
}: {
  manifest: Manifest
  lang: Language
  onUnavailable: () => void
}) {
  const store = useGalleryStore()
  return (
    <Suspense fallback={<p role="status">{t(lang, 'view.loading3d')}</p>}>
      <Exhibition3D
        key={manifest.exhibition.id}
        manifest={manifest}
        store={store}
        lang={lang}
        onUnavailable={onUnavailable}
        overlays={(layout) => (
          <Suspense fallback={null}>
            <Overlays3D layout={layout} manifest={manifest} />
          </Suspense>
        )}
      />
    </Suspense>
  )
}
