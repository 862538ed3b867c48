import type { StateCreator } from 'zustand'
import type { GalleryState } from './galleryStore.ts'

/** What the 3D view shares with its overlays: where the visitor is, which stand they face, which they chose. */
export type SceneSlice = {
  /** The room the camera is in, or null before the first frame. */
  roomId: string | null
  /** The stand in front of the visitor: `Enter` opens its panel. */
  focusedDefiId: string | null
  /** The stand the visitor chose (clicked, reached by a link, a search or the tour): its video plays first. */
  selectedDefiId: string | null
  /** The stand whose panel is open, or null. */
  panelDefiId: string | null
  /** The caption now spoken by the video playing first in the scene, in the interface language ('' for none). */
  caption: string
  /** Records the room the camera entered. */
  setRoom: (roomId: string | null) => void
  /** Records the stand the visitor now faces. */
  setFocused: (defiId: string | null) => void
  /** Chooses a stand (its video gets a decoder first), or none. */
  setSelected: (defiId: string | null) => void
  /** Opens a stand's panel, selects the stand and records the stand's URL as a new history entry. */
  openPanel: (defiId: string) => void
  /** Closes the panel; the visitor stays where they are. */
  closePanel: () => void
  /** Shows the caption of the video playing first in the scene. */
  setCaption: (text: string) => void
}

/** Builds the scene slice: nothing focused, selected or open until the camera settles. */
export const createSceneSlice: StateCreator<GalleryState, [], [], SceneSlice> = (set, get) => ({
  roomId: null,
  focusedDefiId: null,
  selectedDefiId: null,
  panelDefiId: null,
  caption: '',
  setRoom(roomId) {
    if (get().roomId !== roomId) set({ roomId })
  },
  setFocused(defiId) {
    if (get().focusedDefiId !== defiId) set({ focusedDefiId: defiId })
  },
  setSelected(defiId) {
    if (get().selectedDefiId !== defiId) set({ selectedDefiId: defiId })
  },
  openPanel(defiId) {
    get().setSelected(defiId)
    if (get().panelDefiId !== defiId) set({ panelDefiId: defiId })
    get().placeAt({ roomId: get().roomId, defiId }, { push: true })
  },
  closePanel() {
    if (get().panelDefiId !== null) set({ panelDefiId: null })
  },
  setCaption(text) {
    if (get().caption !== text) set({ caption: text })
  },
})
