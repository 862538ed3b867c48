import type { StateCreator } from 'zustand'
import type { GalleryState } from './galleryStore.ts'

/** What the 3D view shares with its overlays: where the visitor is, which stand they face, which panel is open. */
export type SceneSlice = {
  /** The room the camera is in, or null before the first frame. */
  roomId: string | null
  /** The stand in front of the visitor: its video plays muted and `Enter` opens its panel. */
  focusedDefiId: string | null
  /** The stand whose panel is open: its video has the decoder first. */
  selectedDefiId: string | null
  /** Records the room the camera entered. */
  setRoom: (roomId: string | null) => void
  /** Records the stand the visitor now faces. */
  setFocused: (defiId: string | null) => void
  /** Opens the panel of a stand, or closes it with null. */
  setSelected: (defiId: string | null) => void
}

/** Builds the scene slice: nothing focused or selected until the camera settles. */
export const createSceneSlice: StateCreator<GalleryState, [], [], SceneSlice> = (set, get) => ({
  roomId: null,
  focusedDefiId: null,
  selectedDefiId: null,
  setRoom(roomId) {
    if (get().roomId !== roomId) set({ roomId })
  },
  setFocused(defiId) {
    if (get().focusedDefiId !== defiId) set({ focusedDefiId: defiId })
  },
  setSelected(defiId) {
    if (get().selectedDefiId !== defiId) set({ selectedDefiId: defiId })
  },
})
