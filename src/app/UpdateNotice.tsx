import { useEffect, useState } from 'react'
import type { Language } from '../manifest/fields.ts'
import { selectExhibition } from '../store/selectors.ts'
import { useGallery } from '../ui/galleryContext.ts'

const TEXT = {
  fr: { updated: 'L’exposition a été mise à jour.', reload: 'Recharger ici' },
  en: { updated: 'The exhibition was updated.', reload: 'Reload here' },
}

// Above the 3D view and the 2D pages alike, without waiting for DSFR's stylesheet.
const BANNER = {
  position: 'fixed',
  insetInline: '1rem',
  bottom: '1rem',
  zIndex: 1000,
  padding: '0.75rem 1rem',
  background: '#ffffff',
  color: '#161616',
  border: '2px solid #000091',
} as const

/**
 * Tells a visitor with an exhibition open that it was published again, and reloads the page they are on. It asks the
 * API every `every` seconds while the page is visible (the first time as soon as it is shown); the answer is compared with what the visitor has, so a server that
 * sends ETags answers 304 and costs nothing more.
 */
export default function UpdateNotice({ lang, every }: { lang: Language; every: number }) {
  const load = useGallery(selectExhibition)
  const [updated, setUpdated] = useState(false)
  const manifest = load?.status === 'ready' ? load.data : null
  useEffect(() => {
    if (!manifest) return
    const known = JSON.stringify(manifest)
    const url = `/api/exhibitions/${encodeURIComponent(manifest.exhibition.id)}`
    const check = async () => {
      if (document.visibilityState === 'hidden') return
      try {
        const response = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } })
        if (response.ok && JSON.stringify(await response.json()) !== known) setUpdated(true)
      } catch {
        // Offline for a moment: the next check will tell.
      }
    }
    void check()
    const timer = window.setInterval(() => void check(), every * 1000)
    return () => window.clearInterval(timer)
  }, [manifest, every])
  if (!updated) return null
  return (
    <div role="status" style={BANNER} data-testid="update-notice">
      {TEXT[lang].updated}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {TEXT[lang].reload}
      </button>
    </div>
  )
}
