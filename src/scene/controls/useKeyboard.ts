import { type RefObject, useEffect } from 'react'
import type { Layout } from '../../layout/index.ts'
import { stepDestination, type GalleryStore } from '../../store/index.ts'
import { commandForKey, keyTarget, MOVEMENT_CODES } from './keys.ts'
import { takeOver, type Rig } from './rig.ts'

/**
 * Listens to the keyboard on the whole page, except while the visitor types in a field or works in a dialog:
 * movement keys are held in the rig, one-shot keys become store actions.
 */
export function useKeyboard(
  store: GalleryStore | null,
  layout: Layout,
  rigRef: RefObject<Rig>,
  invalidate: () => void,
): void {
  useEffect(() => {
    const rig = rigRef.current
    if (!store) return
    const down = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      const target = keyTarget(event.target instanceof Element ? event.target : null)
      if (target === 'field') return
      const state = store.getState()
      if (MOVEMENT_CODES.has(event.code)) {
        // Arrow keys would scroll the page; in 3D they walk.
        event.preventDefault()
        rig.held.add(event.code)
        takeOver(rig, state)
        invalidate()
        return
      }
      const command = commandForKey(event.key, target === 'control')
      if (command === null) return
      event.preventDefault()
      if (command === 'open') {
        if (state.focusedDefiId) state.openPanel(state.focusedDefiId)
      } else if (command === 'close') state.closePanel()
      else {
        const to = stepDestination(layout, state, command)
        if (to) state.travelTo(to)
      }
    }
    const up = (event: KeyboardEvent) => {
      rig.held.delete(event.code)
    }
    // Keys released while the window had no focus never send keyup: forget them all.
    const blur = () => rig.held.clear()
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('blur', blur)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      window.removeEventListener('blur', blur)
    }
  }, [store, layout, rigRef, invalidate])
}
