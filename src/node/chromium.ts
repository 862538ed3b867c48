/**
 * The flags every run of Debian's Chromium needs here (end-to-end tests and `npm run bench` alike): headless, no
 * sandbox (root), no GPU, autoplay allowed, and none of the background connections a closed network would refuse.
 * Callers add what their page needs.
 */
export const CHROMIUM_BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
]

/** The base flags plus software WebGL 2 (SwiftShader), for the 3D rooms. */
export const CHROMIUM_WEBGL_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}
