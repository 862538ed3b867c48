import type { StateCreator } from 'zustand'
import { formatLocation, type AppLocation } from './routes.ts'
import type { Layout } from '../layout/index.ts'
import type { Manifest } from '../manifest/schema.ts'
import type { GalleryState } from './galleryStore.ts'

/** Where the visitor can be sent: the entrance, a room's door looking in, a stand, or a spot on the floor. */
export type Destination =
  | { kind: 'entrance' }
  | { kind: 'room'; roomId: string }
  | { kind: 'stand'; defiId: string; open?: boolean }
  | { kind: 'point'; x: number; z: number }

/** Who asked for a move: the visitor (keys, clicks), a URL (a link, back, forward) or the guided tour. */
export type TravelCause = 'visitor' | 'link' | 'tour'

/** A move the camera has to make; `instant` cuts to the end (first placement), otherwise the camera glides. */
export type Travel = { id: number; to: Destination; instant: boolean; cause: TravelCause }

/**
 * Input that changes every frame (the touch stick), kept in one mutable object that the camera reads inside its
 * frame loop: writing it re-renders nothing. `wake` asks for a frame; the camera sets it when it mounts.
 */
export type Motion = { stickX: number; stickY: number; wake: () => void }

/** How the 3D view moves the visitor and keeps the URL in step with where they are. */
export type NavigationSlice = {
  travel: Travel | null
  /** The place (path, no query) the 3D view last put in the URL; any other URL came from a link, back or forward. */
  placeKey: string | null
  motion: Motion
  /** Asks the camera to go somewhere; returns the travel's id. */
  travelTo: (to: Destination, options?: { instant?: boolean; cause?: TravelCause }) => number
  /** Drops the travel in progress: the visitor took the controls. */
  cancelTravel: () => void
  /**
   * The camera reached travel `id`: a stand becomes focused and selected, its panel opens if asked; a stand or room
   * the visitor jumped to gets a history entry of its own.
   */
  arrive: (id: number) => void
  /** What the camera sees as it moves: the room it is in and the stand before it. The URL follows (replaced). */
  observe: (roomId: string | null, defiId: string | null) => void
  /** Puts the place in the URL, pushing a history entry or replacing the current one. */
  placeAt: (place: { roomId: string | null; defiId?: string | null }, options?: { push?: boolean }) => void
  /** Moves the visitor to the place the URL names if the 3D view did not write it; the first time, by a cut. */
  followUrl: () => void
  /** Forgets the place written, so that the next `followUrl` (the 3D view mounting again) places the camera. */
  resetPlace: () => void
}

/** The path of a location without its query: two URLs with the same key name the same place. */
export function placeKeyOf(location: AppLocation): string {
  return formatLocation({ ...location, view: undefined, lang: undefined, extras: undefined })
}

/** The manifest of the exhibition the URL names, when it is loaded. */
export function currentManifest(state: GalleryState): Manifest | null {
  const { location } = state
  if (!('exhibition' in location)) return null
  const load = state.exhibitions.get(location.exhibition)
  return load?.status === 'ready' ? load.data : null
}

/** The room that shows a défi, from the loaded manifest. */
export function roomOfDefi(state: GalleryState, defiId: string): string | null {
  return currentManifest(state)?.rooms.find((r) => r.kind === 'themed' && r.stands.includes(defiId))?.id ?? null
}

function destinationOf(location: AppLocation, manifest: Manifest | null): Destination {
  if (location.name === 'defi') return { kind: 'stand', defiId: location.defi, open: true }
  const room = location.name === 'room' ? manifest?.rooms.find((r) => r.id === location.room) : undefined
  return room && room.kind !== 'lobby' ? { kind: 'room', roomId: room.id } : { kind: 'entrance' }
}

/** Builds the navigation slice. */
export const createNavigationSlice: StateCreator<GalleryState, [], [], NavigationSlice> = (set, get) => {
  let nextId = 1
  return {
    travel: null,
    placeKey: null,
    motion: { stickX: 0, stickY: 0, wake: () => {} },
    travelTo(to, options = {}) {
      const travel: Travel = { id: nextId++, to, instant: options.instant ?? false, cause: options.cause ?? 'visitor' }
      set({ travel })
      return travel.id
    },
    cancelTravel() {
      if (get().travel !== null) set({ travel: null })
    },
    arrive(id) {
      const { travel } = get()
      if (travel === null || travel.id !== id) return
      set({ travel: null })
      const { to, cause } = travel
      const state = get()
      // A jump the visitor asked for (a key, a button, a click on a stand) is a step back can undo: it is pushed.
      if ((to.kind === 'room' || to.kind === 'entrance') && cause === 'visitor') {
        const roomId = to.kind === 'room' ? to.roomId : null
        if (roomId) state.setRoom(roomId)
        state.setFocused(null)
        state.placeAt({ roomId }, { push: true })
      }
      if (to.kind !== 'stand') return
      state.setRoom(roomOfDefi(state, to.defiId) ?? state.roomId)
      state.setFocused(to.defiId)
      state.setSelected(to.defiId)
      if (to.open) state.openPanel(to.defiId)
      else if (cause === 'visitor') state.placeAt({ roomId: state.roomId, defiId: to.defiId }, { push: true })
      if (cause === 'tour') state.tourArrived(to.defiId)
    },
    observe(roomId, defiId) {
      const before = get()
      if (before.roomId === roomId && before.focusedDefiId === defiId) return
      before.setRoom(roomId)
      before.setFocused(defiId)
      const { selectedDefiId } = get()
      // A stand chosen in another room stops playing once the visitor has left that room.
      if (selectedDefiId !== null && roomId !== null && roomOfDefi(get(), selectedDefiId) !== roomId) {
        get().setSelected(null)
      }
      if (get().travel === null) get().placeAt({ roomId, defiId })
    },
    placeAt(place, options = {}) {
      const { location } = get()
      if (!('exhibition' in location)) return
      const { exhibition, view, lang, extras } = location
      const manifest = currentManifest(get())
      const room = manifest?.rooms.find((r) => r.id === place.roomId)
      const defiRoom = place.defiId ? roomOfDefi(get(), place.defiId) : null
      let to: AppLocation
      if (place.defiId && defiRoom) to = { name: 'defi', exhibition, room: defiRoom, defi: place.defiId }
      else if (room && room.kind !== 'lobby') to = { name: 'room', exhibition, room: room.id }
      else to = { name: 'lobby', exhibition }
      if (view) to.view = view
      if (lang) to.lang = lang
      if (extras) to.extras = extras
      set({ placeKey: placeKeyOf(to) })
      get().navigate(to, { replace: !options.push })
    },
    followUrl() {
      const state = get()
      const { location, placeKey } = state
      if (!('exhibition' in location)) return
      const key = placeKeyOf(location)
      if (key === placeKey) return
      const first = placeKey === null
      set({ placeKey: key })
      const to = destinationOf(location, currentManifest(state))
      if (state.panelDefiId !== null && !(to.kind === 'stand' && to.defiId === state.panelDefiId)) state.closePanel()
      if (!first && state.tour.status === 'playing') state.pauseTour()
      state.travelTo(to, { instant: first, cause: 'link' })
    },
    resetPlace() {
      set({ placeKey: null, travel: null })
    },
  }
}

/** A one-step move the visitor can ask for with a key or a button. */
export type Step = 'nextStand' | 'previousStand' | 'nextRoom'

/**
 * Where a step leads from the visitor's place: the stand after or before the one they face or chose (from a room
 * with no stand in view, its first stand), wrapping round at the ends; or the next room's door, back to the entrance
 * after the last room.
 */
export function stepDestination(
  layout: Pick<Layout, 'stands' | 'rooms'>,
  here: Pick<GalleryState, 'roomId' | 'focusedDefiId' | 'selectedDefiId'>,
  step: Step,
): Destination | null {
  const { stands, rooms } = layout
  if (step === 'nextRoom') {
    const at = rooms.findIndex((r) => r.id === here.roomId)
    const room = rooms[at + 1] ?? rooms[0]
    return !room || room.kind === 'lobby' ? { kind: 'entrance' } : { kind: 'room', roomId: room.id }
  }
  if (stands.length === 0) return null
  const current = here.focusedDefiId ?? here.selectedDefiId
  const at = stands.findIndex((s) => s.defiId === current)
  let stand
  if (at < 0) {
    const inRoom = stands.filter((s) => s.roomId === here.roomId)
    stand = step === 'nextStand' ? (inRoom[0] ?? stands[0]) : (inRoom[inRoom.length - 1] ?? stands[stands.length - 1])
  } else {
    const offset = step === 'nextStand' ? 1 : stands.length - 1
    stand = stands[(at + offset) % stands.length]
  }
  return stand ? { kind: 'stand', defiId: stand.defiId } : null
}
