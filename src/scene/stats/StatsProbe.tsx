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
  subscribe,
}: {
  /** Puts the figures (JSON) in the overlay. */
  write: (text: string) => void
  activeDecoders: () => number
  subscribe: (listener: () => void) => () => void
}) {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const { info } = get().gl
    const stats = createFrameStats()
    // Counted per frame, not per render() call: reset before fiber's frame, read after it.
    info.autoReset = false
    let renderedFrame = info.render.frame
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = () => {
      timer = undefined
      show(JSON.stringify(stats.read(activeDecoders())))
    }
    const schedule = () => {
      timer ??= setTimeout(write, 200)
    }
    const offBefore = addEffect(() => info.reset())
    const offAfter = addAfterEffect((now) => {
      if (info.render.frame === renderedFrame) return
      renderedFrame = info.render.frame
      const { calls, triangles } = info.render
      const { textures, geometries } = info.memory
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
      info.autoReset = true
    }
  }, [get, show, activeDecoders, subscribe])
  return null
}
