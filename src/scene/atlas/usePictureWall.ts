import { useEffect, useMemo } from 'react'
import type { Layout } from '../../layout/index.ts'
import type { World } from '../world/createWorld.ts'
import type { PaintContext } from './painters.ts'
import { PictureWall } from './pictureWall.ts'

/** Hangs the picture wall in the world and repaints it when what it shows changes (language, posters, "now"). */
export function usePictureWall(
  world: World | null,
  layout: Layout,
  context: Omit<PaintContext, 'layout'>,
): PictureWall | null {
  const wall = useMemo(
    () => (world ? new PictureWall(layout, Math.min(4, world.renderer.capabilities.getMaxAnisotropy())) : null),
    [world, layout],
  )
  useEffect(() => {
    if (!world || !wall) return
    world.scene.add(wall.mesh)
    const canvas = world.renderer.domElement
    // three.js re-creates its GL objects on restore; the pictures' pixels are still here, so they go up again.
    const restored = () => {
      wall.restore()
      world.requestFrame()
    }
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextrestored', restored)
      world.scene.remove(wall.mesh)
      wall.dispose()
      wall.mesh.geometry.dispose()
      ;(wall.mesh.material as { dispose(): void }).dispose()
      wall.mesh.dispose()
    }
  }, [world, wall])
  useEffect(() => {
    if (world && wall) void wall.paint({ ...context, layout }, () => world.requestFrame())
  }, [world, wall, context, layout])
  return wall
}
