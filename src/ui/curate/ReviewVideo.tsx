import { useEffect, useRef } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { MediaSet } from '../../manifest/schema.ts'

type Media = Pick<MediaSet, 'hls' | 'mp4'> & { captions?: { lang: string; src: string; label?: string | undefined }[] }

/**
 * A submitted video with its captions: the MP4 when there is one; else the HLS ladder, natively where the browser
 * plays HLS, through hls.js (its own chunk, fetched only then) elsewhere.
 */
export function ReviewVideo({ media, lang }: { media: Media; lang: Language }) {
  const video = useRef<HTMLVideoElement>(null)
  const hls = !media.mp4 && media.hls ? `/media/${media.hls}` : null
  useEffect(() => {
    const element = video.current
    if (!element || !hls) return
    if (element.canPlayType('application/vnd.apple.mpegurl')) {
      element.src = hls
      return
    }
    let destroy = () => {}
    let cancelled = false
    void import('hls.js').then(({ default: Hls }) => {
      if (cancelled || !Hls.isSupported()) return
      const player = new Hls()
      player.loadSource(hls)
      player.attachMedia(element)
      destroy = () => player.destroy()
    })
    return () => {
      cancelled = true
      destroy()
    }
  }, [hls])
  return (
    <video
      ref={video}
      controls
      preload="metadata"
      width="480"
      crossOrigin="anonymous"
      src={media.mp4 ? `/media/${media.mp4}` : undefined}
    >
      {(media.captions ?? []).map((c) => (
        <track
          key={c.lang}
          kind="captions"
          srcLang={c.lang}
          src={`/media/${c.src}`}
          label={c.label ?? c.lang}
          default={c.lang === lang}
        />
      ))}
    </video>
  )
}
