import { type RefObject, useEffect, useState } from 'react'
import { Vector3, type Camera } from 'three'
import type { Layout } from '../../layout/index.ts'
import type { GalleryStore } from '../../store/index.ts'
import { pickRay } from './pick.ts'
import { takeOver, type Rig } from './rig.ts'

/** A press that moves less than this (pixels) and lasts less than this (ms) is a click or a tap, not a drag. */
const TAP_SLOP = 6
const TAP_MS = 500

/**
 * Drag to look, click or tap to go: a stand sends the visitor in front of it (and selects it), the floor walks
 * there. Mouse, pen and touch alike, through pointer events on the canvas.
 */
export function usePointer(
  store: GalleryStore | null,
  layout: Layout,
  rigRef: RefObject<Rig>,
  canvas: HTMLCanvasElement,
  getCamera: () => Camera,
  invalidate: () => void,
): void {
  const [scratch] = useState(() => ({ origin: new Vector3(), direction: new Vector3() }))
  useEffect(() => {
    const rig = rigRef.current
    if (!store) return
    let press: { id: number; x: number; y: number; lastX: number; lastY: number; at: number; dragged: boolean } | null =
      null
    const down = (event: PointerEvent) => {
      if (press || event.button !== 0) return
      press = {
        id: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        lastX: event.clientX,
        lastY: event.clientY,
        at: event.timeStamp,
        dragged: false,
      }
      canvas.setPointerCapture?.(event.pointerId)
    }
    const move = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return
      rig.lookX += event.clientX - press.lastX
      rig.lookY += event.clientY - press.lastY
      press.lastX = event.clientX
      press.lastY = event.clientY
      if (!press.dragged && Math.hypot(event.clientX - press.x, event.clientY - press.y) > TAP_SLOP) {
        press.dragged = true
        takeOver(rig, store.getState())
      }
      invalidate()
    }
    const up = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return
      const tap = !press.dragged && event.timeStamp - press.at < TAP_MS
      press = null
      if (!tap) return
      // A tap looks nowhere: undo the few pixels it moved.
      rig.lookX = 0
      rig.lookY = 0
      const rect = canvas.getBoundingClientRect()
      const camera = getCamera()
      const { origin, direction } = scratch
      origin.setFromMatrixPosition(camera.matrixWorld)
      direction
        .set(
          ((event.clientX - rect.left) / rect.width) * 2 - 1,
          -((event.clientY - rect.top) / rect.height) * 2 + 1,
          0.5,
        )
        .unproject(camera)
        .sub(origin)
        .normalize()
      const hit = pickRay(layout, origin, direction)
      const state = store.getState()
      if (hit?.kind === 'stand') state.travelTo({ kind: 'stand', defiId: hit.defiId })
      else if (hit?.kind === 'floor') state.travelTo({ kind: 'point', x: hit.x, z: hit.z })
    }
    const cancel = (event: PointerEvent) => {
      if (press?.id === event.pointerId) press = null
    }
    canvas.addEventListener('pointerdown', down)
    canvas.addEventListener('pointermove', move)
    canvas.addEventListener('pointerup', up)
    canvas.addEventListener('pointercancel', cancel)
    return () => {
      canvas.removeEventListener('pointerdown', down)
      canvas.removeEventListener('pointermove', move)
      canvas.removeEventListener('pointerup', up)
      canvas.removeEventListener('pointercancel', cancel)
    }
  }, [store, layout, rigRef, canvas, getCamera, invalidate, scratch])
}
