import { useSyncExternalStore } from 'react'

let cached: boolean | undefined

/** True when this browser can draw the 3D exhibition (WebGL 2); asked once per page load. */
export function canUseWebGL(): boolean {
  if (cached !== undefined) return cached
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2')
    cached = gl !== null
    // Browsers cap live contexts: give this test one back at once rather than when it is collected.
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    cached = false
  }
  return cached
}

// Whether WebGL works does not change during a visit: there is nothing to subscribe to.
const subscribe = () => () => {}

/** Whether WebGL 2 works here (false when rendered outside a browser): links to the 3D view use it. */
export function useWebGL(): boolean {
  return useSyncExternalStore(subscribe, canUseWebGL, () => false)
}
