import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { InstancedBufferAttribute, InstancedMesh, Object3D, PlaneGeometry } from 'three'
import type { Layout } from '../../layout/index.ts'
import { AtlasTexture } from './atlasTexture.ts'
import { createAtlasMaterial } from './atlasMaterial.ts'
import { ShelfPacker, type AtlasSlot } from './packer.ts'
import { painterFor, type PaintContext } from './painters.ts'
import { planQuads, type PlannedQuad } from './quadPlan.ts'
import { signature } from './signature.ts'

const LAYER_SIZE = 1024
const GUTTER = 4
// Pictures painted per task: a 90-stand room paints in slices instead of freezing the page for a long task.
const BATCH = 24
const place = new Object3D()

type Atlas = { atlas: AtlasTexture; mesh: InstancedMesh; quads: PlannedQuad[]; slots: AtlasSlot[] }

function buildAtlas(layout: Layout, anisotropy: number): Atlas {
  const quads = planQuads(layout)
  const packer = new ShelfPacker(LAYER_SIZE, GUTTER)
  const slots = quads.map((q) => packer.allocate(q.pixels.width, q.pixels.height))
  const atlas = new AtlasTexture(LAYER_SIZE, packer.layerCount, GUTTER)
  atlas.texture.anisotropy = anisotropy
  const mesh = new InstancedMesh(new PlaneGeometry(1, 1), createAtlasMaterial(atlas.texture), quads.length)
  const rects = new Float32Array(quads.length * 4)
  const layers = new Float32Array(quads.length)
  quads.forEach((q, i) => {
    const { position, rotationY, width, height } = q.placement
    place.position.set(position.x, position.y, position.z)
    place.rotation.set(0, rotationY, 0)
    place.scale.set(width, height, 1)
    place.updateMatrix()
    mesh.setMatrixAt(i, place.matrix)
    rects.set(atlas.uvRect(slots[i]!), i * 4)
    layers[i] = slots[i]!.layer
  })
  mesh.geometry.setAttribute('uvRect', new InstancedBufferAttribute(rects, 4))
  mesh.geometry.setAttribute('layer', new InstancedBufferAttribute(layers, 1))
  mesh.computeBoundingSphere()
  mesh.name = 'pictures'
  return { atlas, mesh, quads, slots }
}

async function fontsReady(): Promise<void> {
  const fonts = document.fonts
  if (!fonts) return
  const timeout = new Promise((resolve) => setTimeout(resolve, 1500))
  await Promise.race([Promise.all([fonts.load('700 40px Marianne'), fonts.load('400 20px Marianne')]), timeout]).catch(
    () => undefined,
  )
}

/**
 * Every title, administration, poster, deliverables panel, room sign and the programme board, painted with the 2D
 * canvas into one texture array and shown by one instanced mesh of quads: one draw call whatever the number of stands.
 */
export function Pictures({ layout, context }: { layout: Layout; context: Omit<PaintContext, 'layout'> }) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const built = useMemo(() => buildAtlas(layout, Math.min(4, gl.capabilities.getMaxAnisotropy())), [layout, gl])
  const painted = useRef(new Map<string, string>())

  useEffect(() => {
    const { atlas, mesh } = built
    const done = painted.current
    const canvas = gl.domElement
    // three.js re-creates its GL objects on restore; our pixels are still here, so every layer is uploaded again.
    const restored = () => {
      atlas.restore()
      invalidate()
    }
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextrestored', restored)
      done.clear()
      atlas.dispose()
      mesh.geometry.dispose()
      ;(mesh.material as { dispose(): void }).dispose()
      mesh.dispose()
    }
  }, [built, gl, invalidate])

  useEffect(() => {
    let cancelled = false
    const c: PaintContext = { ...context, layout }
    const todo = built.quads.flatMap((q, i) => {
      const sig = signature(q.subject, c)
      return painted.current.get(q.key) === sig ? [] : [{ q, slot: built.slots[i]!, sig }]
    })
    if (todo.length === 0) return
    const run = async () => {
      await fontsReady()
      for (let start = 0; start < todo.length && !cancelled; start += BATCH) {
        for (const { q, slot, sig } of todo.slice(start, start + BATCH)) {
          const paint = painterFor(q.subject, c)
          if (paint) built.atlas.paint(slot, paint)
          painted.current.set(q.key, sig)
        }
        invalidate()
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
    void run()
    return () => {
      cancelled = true
    }
  }, [built, context, layout, invalidate])

  return <primitive object={built.mesh} />
}
