import { useRef, useState, type PointerEvent } from 'react'
import { useGalleryStore } from '../galleryContext.ts'
import type { Language } from '../../manifest/fields.ts'
import { say } from './strings.ts'

/** The stick's travel in CSS pixels: a thumb this far from the centre walks at full speed. */
const REACH = 40

/**
 * On touch screens, a stick to walk with the thumb: it writes the store's mutable `motion` (no React state per
 * move) and wakes the frame loop. Hidden where the main pointer is a mouse.
 */
export function VirtualStick({ lang }: { lang: Language }) {
  const store = useGalleryStore()
  const knob = useRef<HTMLSpanElement>(null)
  const [coarse] = useState(() => window.matchMedia?.('(pointer: coarse)').matches ?? false)
  const centre = useRef({ x: 0, y: 0, id: -1 })
  if (!coarse) return null

  const set = (x: number, y: number) => {
    const { motion } = store.getState()
    motion.stickX = x
    motion.stickY = y
    if (knob.current) knob.current.style.transform = `translate(${x * REACH}px, ${y * REACH}px)`
    motion.wake()
  }
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerId !== centre.current.id) return
    const dx = (event.clientX - centre.current.x) / REACH
    const dy = (event.clientY - centre.current.y) / REACH
    const k = Math.max(1, Math.hypot(dx, dy))
    set(dx / k, dy / k)
  }
  const release = () => {
    centre.current.id = -1
    set(0, 0)
  }
  return (
    <div
      className="v3d-stick"
      role="img"
      aria-label={say(lang, 'stick')}
      onPointerDown={(event) => {
        const rect = event.currentTarget.getBoundingClientRect()
        centre.current = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, id: event.pointerId }
        event.currentTarget.setPointerCapture(event.pointerId)
        move(event)
      }}
      onPointerMove={move}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <span ref={knob} className="v3d-stick__knob" />
    </div>
  )
}
