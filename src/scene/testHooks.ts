import type { Layout } from '../layout/index.ts'
import type { GalleryStore } from '../store/index.ts'

/** Camera poses for tests and the bench: put the camera at `position` looking at `target`, and draw. */
export type GoTo = (position: { x: number; y: number; z: number }, target: { x: number; y: number; z: number }) => void

/** What `?stats` exposes on `window.__vernissage`, for end-to-end tests and `npm run bench` only. */
export type SceneTestHooks = {
  store: GalleryStore
  layout: Layout
  /** The video elements playing on screens in the scene now. */
  videos: () => HTMLVideoElement[]
  /** How many pooled video elements hold a source (a decoder) now. */
  activeDecoders: () => number
  goTo: GoTo
  /** Where a point of the building falls on the canvas now, in CSS pixels from its top left corner. */
  project: (point: { x: number; y: number; z: number }) => { x: number; y: number }
  /** How many times the WebGL context was lost and restored. */
  context: { lost: number; restored: number }
}

declare global {
  interface Window {
    __vernissage?: SceneTestHooks
  }
}

/** True when the page was opened with `?stats`: the counters overlay and the test hooks are on. */
export function statsRequested(search: string): boolean {
  return new URLSearchParams(search).has('stats')
}
