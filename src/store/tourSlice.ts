import type { StateCreator } from 'zustand'
import type { GalleryState } from './galleryStore.ts'

/** One stop of the guided tour. */
export type TourStop = { defiId: string; roomId: string }

/**
 * The guided tour: `off` before it starts and after the visitor leaves, `playing` while it moves on by itself,
 * `paused` while it waits for the visitor, `done` after the last stand.
 */
export type Tour = {
  status: 'off' | 'playing' | 'paused' | 'done'
  stops: TourStop[]
  /** Index of the current stop in `stops`. */
  step: number
  /** True once the camera stands in front of the current stop (its video then plays). */
  arrived: boolean
}

/** The guided tour (named by the exhibition, « Vernissage » at EIG) and its controls. */
export type TourSlice = {
  tour: Tour
  /** Starts the tour at `from` (the first stand by default). */
  startTour: (stops: TourStop[], from?: number) => void
  /** Goes on to the next stand now; after the last one the tour is done. */
  nextTourStop: () => void
  /** Goes back to the previous stand. */
  previousTourStop: () => void
  pauseTour: () => void
  resumeTour: () => void
  leaveTour: () => void
  /** Called when the camera reaches a tour stop. */
  tourArrived: (defiId: string) => void
  /** A stand's video ended: the tour moves on if it was waiting on that stand. */
  videoEnded: (defiId: string) => void
}

const OFF: Tour = { status: 'off', stops: [], step: 0, arrived: false }

/** Builds the tour slice. */
export const createTourSlice: StateCreator<GalleryState, [], [], TourSlice> = (set, get) => {
  function go(step: number, status: Tour['status'] = get().tour.status): void {
    const { tour } = get()
    const stop = tour.stops[step]
    if (!stop) return
    set({ tour: { ...tour, status, step, arrived: false } })
    get().closePanel()
    get().travelTo({ kind: 'stand', defiId: stop.defiId }, { cause: 'tour' })
    get().placeAt({ roomId: stop.roomId, defiId: stop.defiId }, { push: true })
  }
  return {
    tour: OFF,
    startTour(stops, from = 0) {
      if (stops.length === 0) return
      set({ tour: { status: 'playing', stops, step: 0, arrived: false } })
      go(Math.min(Math.max(0, from), stops.length - 1), 'playing')
    },
    nextTourStop() {
      const { tour } = get()
      if (tour.status === 'off' || tour.status === 'done') return
      if (tour.step + 1 < tour.stops.length) go(tour.step + 1)
      else set({ tour: { ...tour, status: 'done' } })
    },
    previousTourStop() {
      const { tour } = get()
      if (tour.status !== 'off' && tour.step > 0) go(tour.step - 1, tour.status === 'done' ? 'paused' : tour.status)
    },
    pauseTour() {
      const { tour } = get()
      if (tour.status === 'playing') set({ tour: { ...tour, status: 'paused' } })
    },
    resumeTour() {
      const { tour } = get()
      if (tour.status === 'paused') set({ tour: { ...tour, status: 'playing' } })
    },
    leaveTour() {
      if (get().tour.status !== 'off') set({ tour: OFF })
      if (get().travel?.cause === 'tour') get().cancelTravel()
    },
    tourArrived(defiId) {
      const { tour } = get()
      if (tour.status !== 'off' && tour.stops[tour.step]?.defiId === defiId && !tour.arrived) {
        set({ tour: { ...tour, arrived: true } })
      }
    },
    videoEnded(defiId) {
      const { tour } = get()
      if (tour.status === 'playing' && tour.arrived && tour.stops[tour.step]?.defiId === defiId) get().nextTourStop()
    },
  }
}
