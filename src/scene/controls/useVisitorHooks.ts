import { type RefObject, useEffect } from 'react'
import type { Rig } from './rig.ts'

declare global {
  interface Window {
    /** With `?stats`: where the visitor stands and looks, for end-to-end tests. */
    __vernissageVisitor?: () => { x: number; z: number; yaw: number; pitch: number; gliding: boolean }
  }
}

/**
 * Gives the canvas its accessible name and instructions (the overlays hold the `visit-help` paragraph), and with
 * `?stats` publishes the visitor's pose for tests.
 */
export function useVisitorHooks(rigRef: RefObject<Rig>, canvas: HTMLCanvasElement): void {
  useEffect(() => {
    const rig = rigRef.current
    // Named by the overlays' title and described by their paragraph of keys, in the interface language.
    canvas.setAttribute('role', 'img')
    canvas.setAttribute('aria-labelledby', 'visit-title')
    canvas.setAttribute('aria-describedby', 'visit-help')
    if (!new URLSearchParams(window.location.search).has('stats')) return
    window.__vernissageVisitor = () => ({ ...rig.walker, gliding: rig.glide !== null })
    return () => {
      delete window.__vernissageVisitor
    }
  }, [rigRef, canvas])
}
