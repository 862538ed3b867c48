import { useEffect, useState } from 'react'
import type { Manifest } from '../../manifest/index.ts'
import { nextProgrammeChange } from './programme.ts'

/**
 * "Now" for the scene, starting at `start` (the clock, or `?now=` in demos and tests) and moving on with the clock.
 * It changes only when the programme does (a session starts or ends), so nothing is repainted in between.
 */
export function useNow(manifest: Manifest, start: number): number {
  const [now, setNow] = useState(start)
  useEffect(() => {
    const offset = start - Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    const plan = (at: number) => {
      const next = nextProgrammeChange(manifest, at)
      if (next === null) return
      // setTimeout overflows past 24.8 days: wake up then and plan again.
      const wait = Math.min(next - at, 2 ** 31 - 1)
      timer = setTimeout(() => {
        const moment = Date.now() + offset
        setNow(moment)
        plan(moment)
      }, wait + 50)
    }
    plan(start)
    return () => clearTimeout(timer)
  }, [manifest, start])
  return now
}
