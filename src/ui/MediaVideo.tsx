import { useRef } from 'react'
import type { Language } from '../manifest/fields.ts'
import type { MediaSet } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { t } from './i18n.ts'
import { mediaHref } from './links.ts'
import { Transcript } from './Transcript.tsx'
import { textAttrs } from './UserText.tsx'

const CAPTION_LABELS: Record<Language, string> = { fr: 'Français', en: 'English' }

/**
 * A native video player for a media set's MP4, with its poster, one captions track per language, and the
 * transcript made from the captions under a heading of `transcriptHeading`.
 */
export function MediaVideo({
  lang,
  media,
  title,
  transcriptHeading,
}: {
  lang: Language
  media: MediaSet
  title: string
  transcriptHeading: 'h3' | 'h4'
}) {
  const videoRef = useRef<HTMLVideoElement>(null)
  if (!media.mp4) return null
  // The track in the interface language is on by default, or the first one when there is none in that language.
  const defaultTrack = media.captions.find((c) => c.lang === lang) ?? media.captions[0]
  return (
    <>
      <figure className="fr-content-media" role="group" aria-label={title}>
        <video
          ref={videoRef}
          controls
          preload="metadata"
          playsInline
          className="fr-responsive-vid"
          poster={media.poster ? mediaHref(media.poster.src) : undefined}
          aria-label={title}
        >
          <source src={mediaHref(media.mp4)} type="video/mp4" />
          {media.captions.map((c) => (
            <track
              key={c.src}
              kind="captions"
              src={mediaHref(c.src)}
              srcLang={c.lang}
              label={c.label ?? CAPTION_LABELS[c.lang]}
              default={c === defaultTrack}
            />
          ))}
          {t(lang, 'video.unsupported')}
        </video>
        <figcaption className="fr-content-media__caption">
          {media.poster && (
            <span className="fr-sr-only" {...textAttrs(media.poster.alt, lang)}>
              {localize(media.poster.alt, lang)}.{' '}
            </span>
          )}
          <a href={mediaHref(media.mp4)} download>
            {t(lang, 'video.download')}
          </a>
        </figcaption>
      </figure>
      <Transcript lang={lang} media={media} videoRef={videoRef} headingLevel={transcriptHeading} />
    </>
  )
}
