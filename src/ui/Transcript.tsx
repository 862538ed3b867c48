import { useEffect, useState, type RefObject } from 'react'
import type { Language } from '../manifest/fields.ts'
import type { MediaSet } from '../manifest/schema.ts'
import { t } from './i18n.ts'
import { mediaHref } from './links.ts'
import { formatCueTime, parseVtt, type Cue } from './vtt.ts'

type Loaded = { src: string; cues: Cue[] | 'error' }

/** Fetches and parses one captions file; null until it has arrived. */
function useCues(src: string | undefined): Cue[] | 'error' | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (src === undefined) return
    const abort = new AbortController()
    fetch(mediaHref(src), { signal: abort.signal })
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((text) => setLoaded({ src, cues: parseVtt(text) }))
      .catch(() => {
        if (!abort.signal.aborted) setLoaded({ src, cues: 'error' })
      })
    return () => abort.abort()
  }, [src])
  return loaded !== null && loaded.src === src ? loaded.cues : null
}

/** The index of the cue being played, followed as the video plays. */
function useCurrentCue(videoRef: RefObject<HTMLVideoElement | null>, cues: Cue[] | 'error' | null): number {
  const [current, setCurrent] = useState(-1)
  useEffect(() => {
    const video = videoRef.current
    if (!video || !Array.isArray(cues)) return
    const update = () => setCurrent(cues.findIndex((c) => video.currentTime >= c.start && video.currentTime < c.end))
    video.addEventListener('timeupdate', update)
    video.addEventListener('seeked', update)
    return () => {
      video.removeEventListener('timeupdate', update)
      video.removeEventListener('seeked', update)
    }
  }, [videoRef, cues])
  return current
}

/**
 * The text of a video, made from its captions in the interface language (else the first ones): one line per cue
 * with its time, and the time a button that plays the video from there.
 */
export function Transcript({
  lang,
  media,
  videoRef,
  headingLevel,
}: {
  lang: Language
  media: MediaSet
  videoRef: RefObject<HTMLVideoElement | null>
  headingLevel: 'h3' | 'h4'
}) {
  const track = media.captions.find((c) => c.lang === lang) ?? media.captions[0]
  const cues = useCues(track?.src)
  const current = useCurrentCue(videoRef, cues)
  if (!track) return null
  const Heading = headingLevel
  const seek = (cue: Cue) => {
    const video = videoRef.current
    if (!video) return
    video.currentTime = cue.start
    // A click is a user gesture, so play() is allowed; a refusal leaves the video paused at the right place.
    video.play().catch(() => {})
  }
  return (
    <div className="fr-mt-2w" data-testid="transcript">
      <Heading className="fr-h6 fr-mb-1w">{t(lang, 'transcript.title')}</Heading>
      {track.lang !== lang && (
        <p className="fr-text--sm fr-mb-1w">
          {t(lang, track.lang === 'fr' ? 'transcript.onlyFr' : 'transcript.onlyEn')}
        </p>
      )}
      {cues === null && <p className="fr-text--sm">{t(lang, 'transcript.loading')}</p>}
      {cues === 'error' && <p className="fr-text--sm fr-error-text">{t(lang, 'transcript.error')}</p>}
      {Array.isArray(cues) && (
        <ol className="fr-raw-list" lang={track.lang !== lang ? track.lang : undefined}>
          {cues.map((cue, i) => (
            <li
              key={i}
              className={i === current ? 'fr-mb-1w fr-text--bold' : 'fr-mb-1w'}
              aria-current={i === current ? 'true' : undefined}
            >
              <button type="button" className="fr-link fr-mr-1w" onClick={() => seek(cue)} lang={lang}>
                <span className="fr-sr-only">{t(lang, 'transcript.seek')} </span>
                {formatCueTime(cue.start)}
              </button>
              {cue.speaker && <strong>{`${cue.speaker}${track.lang === 'fr' ? '\u00a0: ' : ': '}`}</strong>}
              {cue.text.replace(/\n/g, ' ')}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
