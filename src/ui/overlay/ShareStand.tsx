import { useState } from 'react'
import { useGallery } from '../galleryContext.ts'
import { formatLocation } from '../../store/routes.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Defi } from '../../manifest/schema.ts'
import { say } from './strings.ts'

/** Shares a stand's URL: the system share sheet where there is one, else the clipboard, else the link to copy. */
export function ShareStand({
  lang,
  exhibition,
  room,
  defi,
}: {
  lang: Language
  exhibition: string
  room: string
  defi: Defi
}) {
  const view = useGallery((s) => s.location.view)
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle')
  const url = new URL(formatLocation({ name: 'defi', exhibition, room, defi: defi.id, view }), window.location.href)
    .href

  const share = async () => {
    try {
      if (navigator.share) {
        await navigator.share({ title: defi.title, url })
        return
      }
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch (error) {
      // The visitor closing the share sheet is not a failure; a refused clipboard shows the link instead.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('manual')
    }
  }

  return (
    <div className="fr-mb-3w">
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => void share()}>
        {say(lang, 'share')}
      </button>
      <p className="fr-text--sm fr-mt-1w" aria-live="polite" data-testid="share-status">
        {status === 'copied' && say(lang, 'copied')}
        {status === 'manual' && (
          <>
            {say(lang, 'copyHere')} <a href={url}>{url}</a>
          </>
        )}
      </p>
    </div>
  )
}
