import type { Language } from '../manifest/index.ts'

/** A WebVTT file for one language, as the manifest lists it (the URL already resolved). */
export type CaptionTrack = { lang: Language; src: string; label?: string | undefined }

/** The `<track>` elements added to one video, switched by interface language. */
export type CaptionBinding = { setLanguage(lang: Language): void; destroy(): void }

function cueText(track: TextTrack): string {
  const lines: string[] = []
  for (const cue of Array.from(track.activeCues ?? [])) {
    // getCueAsHTML drops voice and style tags and decodes entities, which a texture cannot show.
    const text = cue instanceof VTTCue ? cue.getCueAsHTML().textContent : ''
    if (text) lines.push(text.trim())
  }
  return lines.join('\n')
}

/**
 * Adds one `<track>` per caption file and keeps the one in `lang` (else the first one) in "hidden" mode: loaded and
 * firing `cuechange`, but not drawn by the browser, since the video is not in the page and the scene draws the text.
 */
export function bindCaptions(
  video: HTMLVideoElement,
  captions: readonly CaptionTrack[],
  lang: Language,
  onCue: (text: string) => void,
  signal: AbortSignal,
): CaptionBinding {
  const elements = captions.map((caption) => {
    const element = document.createElement('track')
    element.kind = 'captions'
    element.srclang = caption.lang
    element.label = caption.label ?? caption.lang
    element.src = caption.src
    video.append(element)
    element.track.addEventListener(
      'cuechange',
      () => {
        if (element.track.mode === 'hidden') onCue(cueText(element.track))
      },
      { signal },
    )
    return element
  })
  const setLanguage = (next: Language): void => {
    // Captions in the other language serve a visitor who cannot hear better than none at all.
    const active = elements.find((element) => element.srclang === next) ?? elements[0]
    for (const element of elements) element.track.mode = element === active ? 'hidden' : 'disabled'
    onCue(active ? cueText(active.track) : '')
  }
  setLanguage(lang)
  return {
    setLanguage,
    destroy: () => {
      for (const element of elements) {
        element.track.mode = 'disabled'
        element.remove()
      }
    },
  }
}
