// The flags live with the benchmark's in src/node/chromium.ts, written once; the tests import them from here too.
export { CHROMIUM_BASE_ARGS, CHROMIUM_WEBGL_ARGS, chromiumPath } from '../../src/node/chromium.ts'
