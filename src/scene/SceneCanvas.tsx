import { createRoot, events, extend, type ReconcilerRoot, type RootState } from '@react-three/fiber'
import { useEffect, useInsertionEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { Group, Mesh } from 'three'

// fiber's <Canvas> registers the whole THREE namespace (`extend(THREE)`), which defeats tree-shaking and puts all
// of three.js in the first 3D chunk. This canvas registers only what the scene declares in JSX; everything else is
// built imperatively and mounted with <primitive>.
extend({ Group, Mesh })

/** What the canvas is set up with; the scene is drawn on demand only. */
export type SceneCanvasProps = {
  children: ReactNode
  /** Called once the renderer exists (the scene graph is mounted, nothing drawn yet). */
  onCreated?: (state: RootState) => void
  /** WebGL could not start (no context, driver refused): the app falls back to the 2D view. */
  onError?: (error: unknown) => void
  className?: string
}

/**
 * A lean equivalent of fiber's `<Canvas frameloop="demand" dpr={[1, 1.5]}>`, built on `createRoot`: it sizes the
 * canvas to its box, renders `children` into the three.js scene, and keeps colours as authored (`flat`: no tone
 * mapping). Contexts do not cross into the scene: wrap `children` in the providers they need.
 */
export function SceneCanvas({ children, onCreated, onError, className }: SceneCanvasProps) {
  const box = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const latest = useRef({ children, onCreated, onError })
  useLayoutEffect(() => {
    latest.current = { children, onCreated, onError }
  })

  // Insertion effects are not replayed by Strict Mode, so the root (and its WebGL context) is created once.
  useInsertionEffect(
    () => () => {
      root.current?.unmount()
      root.current = null
    },
    [],
  )

  useLayoutEffect(() => {
    const element = box.current!
    const target = canvas.current!
    const draw = (width: number, height: number) => {
      if (width === 0 || height === 0) return
      root.current ??= createRoot(target)
      const current = root.current
      current
        .configure({
          events,
          frameloop: 'demand',
          dpr: [1, 1.5],
          flat: true,
          size: { width, height, top: 0, left: 0 },
          camera: { fov: 70, near: 0.05, far: 300 },
          gl: { antialias: true, alpha: false, stencil: false, powerPreference: 'high-performance' },
          onCreated: (state) => latest.current.onCreated?.(state),
        })
        .then(() => current.render(latest.current.children))
        .catch((error: unknown) => latest.current.onError?.(error))
    }
    const rect = element.getBoundingClientRect()
    draw(rect.width, rect.height)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) draw(entry.contentRect.width, entry.contentRect.height)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // New children (a language switch, a new "now") re-render the scene in place.
  useEffect(() => {
    root.current?.render(children)
  }, [children])

  return (
    <div ref={box} className={className} style={{ position: 'absolute', inset: 0, overflow: 'hidden' }}>
      <canvas ref={canvas} style={{ display: 'block', touchAction: 'none' }} />
    </div>
  )
}
