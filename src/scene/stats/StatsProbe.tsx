import { addAfterEffect, addEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { createFrameStats } from './frameStats.ts'

/**
 * Reads `renderer.info` around each drawn frame and writes the figures into the `?stats` overlay at most 5 times a
 * second (a DOM write per frame would cost more than the frame). Mounted only with `?stats`.
 */
export function StatsProbe({
  write: show,
  activeDecoders,
  atlasBytes,
  subscribe,
}: {
  /** Puts the figures (JSON) in the overlay. */
  write: (text: string) => void
  activeDecoders: () => number
  /** The picture atlas's video memory, in bytes. */
  atlasBytes: () => number
  subscribe: (listener: () => void) => () => void
}) {
  const get = useThree((s) => s.get)
  useEffect(() => {
    // Read afresh each time: three.js replaces `renderer.info` when a lost context is restored.
    const info = () => get().gl.info
    const stats = createFrameStats()
    // Counted per frame, not per render() call: reset before fiber's frame, read after it.
    info().autoReset = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = () => {
      timer = undefined
      show(JSON.stringify(stats.read(activeDecoders(), atlasBytes())))
    }
    const schedule = () => {
      timer ??= setTimeout(write, 200)
    }
    let counter = info().render.frame
    const offBefore = addEffect(() => {
      counter = info().render.frame
      info().reset()
    })
    const offAfter = addAfterEffect((now) => {
      const { render, memory } = info()
      // No root rendered in this turn of the loop (it only ran effects): not a frame.
      if (render.frame === counter) return
      const { calls, triangles } = render
      const { textures, geometries } = memory
      stats.frame(now, { calls, triangles, textures, geometries })
      schedule()
    })
    const offPool = subscribe(schedule)
    write()
    return () => {
      offBefore()
      offAfter()
      offPool()
      clearTimeout(timer)
      info().autoReset = true
    }
  }, [get, show, activeDecoders, atlasBytes, subscribe])
  return null
}
