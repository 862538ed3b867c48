import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import type { SceneTestHooks } from './testHooks.ts'

/** Publishes `window.__vernissage` (only mounted with `?stats`) and counts WebGL context losses. */
export function SceneHooks({ hooks }: { hooks: Omit<SceneTestHooks, 'goTo' | 'context' | 'project'> }) {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const context = { lost: 0, restored: 0 }
    const canvas = gl.domElement
    const lost = () => context.lost++
    const restored = () => {
      context.restored++
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    window.__vernissage = {
      ...hooks,
      context,
      goTo: (position, target) => {
        camera.position.set(position.x, position.y, position.z)
        camera.lookAt(target.x, target.y, target.z)
        camera.updateMatrixWorld()
        invalidate()
      },
      project: (point) => {
        const v = new Vector3(point.x, point.y, point.z).project(camera)
        const { width, height } = canvas.getBoundingClientRect()
        return { x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height }
      },
    }
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
      delete window.__vernissage
    }
  }, [camera, gl, invalidate, hooks])
  return null
}
