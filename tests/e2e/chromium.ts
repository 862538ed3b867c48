/**
 * The flags every test run of Debian's Chromium needs here: headless, no sandbox (root), no GPU, and none of
 * the background connections this machine's closed network would refuse. Callers add what their page needs.
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
