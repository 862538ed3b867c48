import { useGallery } from '../../app/galleryContext.ts'
import { formatLocation } from '../../app/routes.ts'
import type { Layout } from '../../layout/index.ts'
import type { Manifest } from '../../manifest/schema.ts'

/** The DOM around the 3D view: the way to the 2D version first, then the live announcements. */
export function Overlays3D({ manifest }: { layout: Layout; manifest: Manifest }) {
  const location = useGallery((s) => s.location)
  const lang = useGallery((s) => s.language)
  const roomId = useGallery((s) => s.roomId)
  const room = manifest.rooms.find((r) => r.id === roomId)
  const title = room ? (typeof room.title === 'string' ? room.title : (room.title[lang] ?? '')) : ''
  return (
    <>
      <a className="fr-link" href={formatLocation({ ...location, view: '2d' })} data-testid="to-2d">
        {lang === 'fr' ? 'Version 2D' : '2D version'}
      </a>
      <p aria-live="polite" className="fr-sr-only" data-testid="announcer">
        {title}
      </p>
    </>
  )
}
