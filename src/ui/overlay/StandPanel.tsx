import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useGallery } from '../galleryContext.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Defi, Manifest } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { DefiFacts } from '../DefiFacts.tsx'
import { t } from '../i18n.ts'
import { Markdown } from '../Markdown.tsx'
import { hasPlayableVideo, MediaVideo } from '../MediaVideo.tsx'
import { SkillTags } from '../SkillTags.tsx'
import { textAttrs, UserText } from '../UserText.tsx'
import { ShareStand } from './ShareStand.tsx'
import { say } from './strings.ts'

/**
 * A stand's panel over the 3D view: everything its 2D page has (pitch, video with captions, description, people,
 * figures, deliverables) and a share link. Focus moves in when it opens and back when it closes; Escape closes it.
 */
export function StandPanel({ lang, manifest, defi }: { lang: Language; manifest: Manifest; defi: Defi }) {
  const closePanel = useGallery((s) => s.closePanel)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const before = document.activeElement
    heading.current?.focus()
    return () => {
      // Back to where the visitor was (the "open" button, or the page for the Enter key), if it is still there.
      if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus()
    }
  }, [defi.id])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    closePanel()
  }
  const room = manifest.rooms.find((r) => r.kind === 'themed' && r.stands.includes(defi.id))

  return (
    <section
      role="dialog"
      aria-labelledby="stand-panel-title"
      className="v3d-panel"
      data-testid="stand-panel"
      onKeyDown={onKeyDown}
    >
      <div className="v3d-panel__bar">
        <button type="button" className="fr-btn--close fr-btn" title={say(lang, 'closePanel')} onClick={closePanel}>
          {say(lang, 'close')}
        </button>
      </div>
      <h2 id="stand-panel-title" ref={heading} tabIndex={-1} className="fr-h3" dir="auto">
        {defi.title}
      </h2>
      <p className="fr-text--sm fr-mb-1w">
        <span dir="auto">{defi.administration.name}</span>
        {room && (
          <>
            {' · '}
            <UserText text={room.title} lang={lang} />
          </>
        )}
      </p>
      <p className="fr-text--lead" {...textAttrs(defi.pitch, lang)}>
        {localize(defi.pitch, lang)}
      </p>
      <SkillTags lang={lang} skills={defi.skills} />
      {hasPlayableVideo(defi.media) && (
        <MediaVideo lang={lang} media={defi.media} title={defi.title} transcriptHeading="h3" />
      )}
      {room && <ShareStand lang={lang} exhibition={manifest.exhibition.id} room={room.id} defi={defi} />}
      {defi.description && (
        <section aria-labelledby="stand-panel-about" className="fr-mb-3w">
          <h3 id="stand-panel-about" className="fr-h4">
            {t(lang, 'defi.about')}
          </h3>
          <div {...textAttrs(defi.description, lang)}>
            <Markdown source={localize(defi.description, lang)} newWindow={t(lang, 'defi.newWindow')} topLevel={4} />
          </div>
        </section>
      )}
      <DefiFacts lang={lang} defi={defi} />
    </section>
  )
}
