/**
 * Calls `onFrame` for each new video frame until `signal` aborts, so a scene rendered on demand can redraw its video
 * texture. Uses requestVideoFrameCallback where it exists; elsewhere a requestAnimationFrame loop runs while playing.
 */
export function watchFrames(video: HTMLVideoElement, onFrame: () => void, signal: AbortSignal): void {
  const options = { signal }
  // A paused video still shows a new picture once its first frame decodes or a seek lands.
  video.addEventListener('loadeddata', onFrame, options)
  video.addEventListener('seeked', onFrame, options)
  if (typeof video.requestVideoFrameCallback === 'function') {
    let handle = 0
    const tick = (): void => {
      onFrame()
      handle = video.requestVideoFrameCallback(tick)
    }
    handle = video.requestVideoFrameCallback(tick)
    signal.addEventListener('abort', () => video.cancelVideoFrameCallback(handle), { once: true })
    return
  }
  let handle = 0
  const loop = (): void => {
    onFrame()
    handle = requestAnimationFrame(loop)
  }
  const stop = (): void => cancelAnimationFrame(handle)
  video.addEventListener(
    'playing',
    () => {
      stop()
      handle = requestAnimationFrame(loop)
    },
    options,
  )
  for (const type of ['pause', 'waiting', 'ended', 'emptied']) video.addEventListener(type, stop, options)
  signal.addEventListener('abort', stop, { once: true })
}
