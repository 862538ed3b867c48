import { useGallery } from '../galleryContext.ts'
import type { Layout } from '../../layout/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { say, tourName } from './strings.ts'
import { useTourClock } from './useTourClock.ts'

/** The guided tour (named by the manifest, « Vernissage » for EIG): one button starts it; then where it is, and pause, next, previous and leave. */
export function TourBar({ lang, manifest, layout }: { lang: Language; manifest: Manifest; layout: Layout }) {
  const tour = useGallery((s) => s.tour)
  const start = useGallery((s) => s.startTour)
  const next = useGallery((s) => s.nextTourStop)
  const previous = useGallery((s) => s.previousTourStop)
  const pause = useGallery((s) => s.pauseTour)
  const resume = useGallery((s) => s.resumeTour)
  const leave = useGallery((s) => s.leaveTour)
  useTourClock(manifest)

  if (tour.status === 'off') {
    if (layout.tour.length === 0) return null
    return (
      <div className="v3d-box">
        <button
          type="button"
          className="fr-btn"
          onClick={() => start(layout.tour.map((s) => ({ defiId: s.defiId, roomId: s.roomId })))}
        >
          {tourName(lang, manifest.exhibition)}
        </button>
      </div>
    )
  }
  const stop = tour.stops[tour.step]
  const defi = manifest.defis.find((d) => d.id === stop?.defiId)
  const done = tour.status === 'done'
  return (
    <section className="v3d-box v3d-tour" aria-labelledby="tour-title">
      <h2 id="tour-title" className="fr-h6 fr-mb-1w">
        {say(lang, 'tourLabel')}
      </h2>
      <p className="fr-mb-1w" data-testid="tour-status" data-defi={stop?.defiId}>
        {done ? (
          say(lang, 'tourDone')
        ) : (
          <>
            {`${say(lang, 'tourStep', { n: tour.step + 1, total: tour.stops.length })} : `}
            <span dir="auto">{defi?.title ?? ''}</span>
            {tour.status === 'paused' ? ` (${say(lang, 'tourPaused')})` : ''}
          </>
        )}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-mb-0"
            disabled={tour.step === 0}
            onClick={previous}
          >
            {say(lang, 'tourPrevious')}
          </button>
        </li>
        {!done && (
          <li>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-mb-0"
              onClick={tour.status === 'paused' ? resume : pause}
            >
              {say(lang, tour.status === 'paused' ? 'tourResume' : 'tourPause')}
            </button>
          </li>
        )}
        {!done && (
          <li>
            <button type="button" className="fr-btn fr-mb-0" onClick={next}>
              {say(lang, 'tourNext')}
            </button>
          </li>
        )}
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-mb-0" onClick={leave}>
            {say(lang, 'tourLeave')}
          </button>
        </li>
      </ul>
    </section>
  )
}
