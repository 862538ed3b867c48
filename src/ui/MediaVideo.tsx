import { useRef } from 'react'
import type { Language } from '../manifest/fields.ts'
import type { MediaSet } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { t } from './i18n.ts'
import { mediaHref } from './links.ts'
import { Transcript } from './Transcript.tsx'
import { useHlsPlayback } from './useHlsPlayback.ts'
import { textAttrs } from './UserText.tsx'

const CAPTION_LABELS: Record<Language, string> = { fr: 'Français', en: 'English' }

/** True when the 2D view has something to play: an MP4, or an HLS playlist alone. */
export function hasPlayableVideo(media: MediaSet | undefined): media is MediaSet {
  return media?.mp4 !== undefined || media?.hls !== undefined
}

/**
 * A native video player for a media set, with its poster, one captions track per language, and the transcript made
 * from the captions under a heading of `transcriptHeading`. The MP4 plays as is; a set with only an HLS playlist
 * waits for the visitor's « Lire la vidéo » to fetch its player (see `useHlsPlayback`).
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
  const hlsOnly = media.mp4 === undefined ? media.hls : undefined
  const playback = useHlsPlayback(videoRef, hlsOnly && mediaHref(hlsOnly))
  if (!hasPlayableVideo(media)) return null
  // The track in the interface language is on by default, or the first one when there is none in that language.
  const defaultTrack = media.captions.find((c) => c.lang === lang) ?? media.captions[0]
  const waiting = hlsOnly !== undefined && playback.state !== 'ready'
  return (
    <>
      <figure className="fr-content-media" role="group" aria-label={title}>
        <video
          ref={videoRef}
          controls={!waiting}
          preload="metadata"
          playsInline
          className="fr-responsive-vid"
          // A square or portrait poster is letterboxed whole, a transparent one shown on a light ground.
          style={{ objectFit: 'contain', background: '#f6f6f6' }}
          poster={media.poster ? mediaHref(media.poster.src) : undefined}
          aria-label={title}
          tabIndex={waiting ? -1 : undefined}
        >
          {media.mp4 && <source src={mediaHref(media.mp4)} type="video/mp4" />}
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
          {waiting && (
            <button
              type="button"
              className="fr-btn fr-btn--sm fr-btn--icon-left fr-icon-play-circle-line"
              onClick={playback.start}
              disabled={playback.state === 'loading'}
              data-testid="hls-play"
            >
              {t(lang, 'video.play')}
            </button>
          )}
          {playback.state === 'failed' && <span role="alert">{t(lang, 'video.unsupported')}</span>}
          {media.mp4 && (
            <a href={mediaHref(media.mp4)} download>
              {t(lang, 'video.download')}
            </a>
          )}
        </figcaption>
      </figure>
      <Transcript lang={lang} media={media} videoRef={videoRef} headingLevel={transcriptHeading} />
    </>
  )
}
