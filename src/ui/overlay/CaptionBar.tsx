import { useGallery } from '../galleryContext.ts'

/**
 * The captions of the video playing on the stand in front of the visitor, in the interface language, shown over
 * the bottom of the view as a film's subtitles. Screen readers get the full transcript in the stand's panel instead.
 */
export function CaptionBar() {
  const caption = useGallery((s) => s.caption)
  if (caption === '') return null
  return (
    <p className="v3d-captions" aria-hidden="true" data-testid="scene-captions">
      {caption}
    </p>
  )
}
