import { InstancedBufferAttribute, InstancedMesh, Object3D, PlaneGeometry } from 'three'
import type { Layout } from '../../layout/index.ts'
import { AtlasTexture } from './atlasTexture.ts'
import { declareMarianne } from './fonts.ts'
import { createAtlasMaterial } from './atlasMaterial.ts'
import { ShelfPacker, type AtlasSlot } from './packer.ts'
import { painterFor, type PaintContext } from './painters.ts'
import { fitToAtlas, type PlannedQuad } from './quadPlan.ts'
import { signature } from './signature.ts'

const LAYER_SIZE = 1024
const GUTTER = 4
// Pictures painted per task: a 90-stand room paints in slices instead of freezing the page for a long task.
const BATCH = 24
const place = new Object3D()

async function fontsReady(): Promise<void> {
  const fonts = document.fonts
  if (!fonts || typeof FontFace === 'undefined') return
  declareMarianne(fonts)
  const timeout = new Promise((resolve) => setTimeout(resolve, 1500))
  const loads = Promise.all([fonts.load('700 40px Marianne'), fonts.load('400 20px Marianne')])
  await Promise.race([loads, timeout]).catch(() => undefined)
}

/**
 * Every title, administration, poster, deliverables panel, room sign and the programme board, painted with the 2D
 * canvas into one texture array and shown by one instanced mesh of quads: one draw call whatever the number of
 * stands. A picture is painted again only when what it shows changes (its signature).
 */
export class PictureWall {
  readonly mesh: InstancedMesh
  private readonly atlas: AtlasTexture
  private readonly quads: PlannedQuad[]
  private readonly slots: AtlasSlot[]
  private readonly painted = new Map<string, string>()
  private run = 0

  constructor(layout: Layout, anisotropy: number) {
    this.quads = fitToAtlas(layout, LAYER_SIZE, GUTTER)
    const packer = new ShelfPacker(LAYER_SIZE, GUTTER)
    // Tallest first, so that shelves hold pictures of one height and a layer fills up before the next opens.
    const order = this.quads
      .map((_, i) => i)
      .sort((a, b) => this.quads[b]!.pixels.height - this.quads[a]!.pixels.height)
    const slots: AtlasSlot[] = []
    for (const i of order) slots[i] = packer.allocate(this.quads[i]!.pixels.width, this.quads[i]!.pixels.height)
    this.slots = slots
    this.atlas = new AtlasTexture(LAYER_SIZE, packer.layerCount, GUTTER)
    this.atlas.texture.anisotropy = anisotropy
    const mesh = new InstancedMesh(new PlaneGeometry(1, 1), createAtlasMaterial(this.atlas.texture), this.quads.length)
    const rects = new Float32Array(this.quads.length * 4)
    const layers = new Float32Array(this.quads.length)
    this.quads.forEach((q, i) => {
      const { position, rotationY, width, height } = q.placement
      place.position.set(position.x, position.y, position.z)
      place.rotation.set(0, rotationY, 0)
      place.scale.set(width, height, 1)
      place.updateMatrix()
      mesh.setMatrixAt(i, place.matrix)
      rects.set(this.atlas.uvRect(this.slots[i]!), i * 4)
      layers[i] = this.slots[i]!.layer
    })
    mesh.geometry.setAttribute('uvRect', new InstancedBufferAttribute(rects, 4))
    mesh.geometry.setAttribute('layer', new InstancedBufferAttribute(layers, 1))
    mesh.computeBoundingSphere()
    mesh.name = 'pictures'
    this.mesh = mesh
  }

  /** Paints what changed since the last call, in slices; `painted` runs after each slice (to draw a frame). */
  async paint(context: PaintContext, painted: () => void): Promise<void> {
    const run = ++this.run
    const todo = this.quads.flatMap((q, i) => {
      const sig = signature(q.subject, context)
      return this.painted.get(q.key) === sig ? [] : [{ q, slot: this.slots[i]!, sig }]
    })
    if (todo.length === 0) return
    await fontsReady()
    for (let start = 0; start < todo.length; start += BATCH) {
      // A newer call (a language switch mid-way) takes over; what this one painted stays recorded.
      if (run !== this.run) return
      for (const { q, slot, sig } of todo.slice(start, start + BATCH)) {
        const paint = painterFor(q.subject, context)
        if (paint) this.atlas.paint(slot, paint)
        this.painted.set(q.key, sig)
      }
      painted()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }

  /** After a lost WebGL context comes back: upload every layer again. */
  restore(): void {
    this.atlas.restore()
  }

  /** The video memory the atlas takes: 4 bytes a texel, a third more for the mipmaps. */
  get bytes(): number {
    return Math.round((this.atlas.layers * LAYER_SIZE * LAYER_SIZE * 4 * 4) / 3)
  }

  /** How many layers of 1024 × 1024 the atlas holds (4 MB each). */
  get layers(): number {
    return this.atlas.layers
  }

  dispose(): void {
    this.run++
    this.atlas.dispose()
  }
}
