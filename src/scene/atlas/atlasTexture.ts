import {
  DataArrayTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  RGBAFormat,
  SRGBColorSpace,
  UnsignedByteType,
} from 'three'
import type { AtlasSlot } from './packer.ts'

/**
 * Paints one picture of `width` × `height` at the origin. The canvas is a gutter larger on every side: a painter
 * fills it (see `fillAll`) so that mipmaps see the picture's edge colour there.
 */
export type Paint = (ctx: CanvasRenderingContext2D, width: number, height: number) => void

/**
 * Pictures drawn with the 2D canvas API, kept in one texture array so that every quad of the scene samples the same
 * texture in a single draw call. The pixels stay on the CPU side too: a restored WebGL context uploads them again.
 */
export class AtlasTexture {
  readonly texture: DataArrayTexture
  private readonly data: Uint8Array
  private readonly scratch = document.createElement('canvas')
  private uploaded = false

  constructor(
    readonly size: number,
    readonly layers: number,
    readonly gutter: number,
  ) {
    this.data = new Uint8Array(size * size * 4 * Math.max(1, layers))
    const texture = new DataArrayTexture(this.data, size, size, Math.max(1, layers))
    texture.format = RGBAFormat
    texture.type = UnsignedByteType
    texture.colorSpace = SRGBColorSpace
    texture.minFilter = LinearMipmapLinearFilter
    texture.magFilter = LinearFilter
    texture.generateMipmaps = true
    texture.unpackAlignment = 4
    // Until the first upload, a layer update would upload that layer alone and leave the others unallocated.
    texture.onUpdate = () => {
      this.uploaded = true
    }
    texture.needsUpdate = true
    this.texture = texture
  }

  /** Draws a picture into its slot and schedules the upload of its layer. */
  paint(slot: AtlasSlot, paint: Paint): void {
    const g = this.gutter
    const width = slot.width + 2 * g
    const height = slot.height + 2 * g
    const canvas = this.scratch
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width
      canvas.height = height
    }
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) return
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.clearRect(0, 0, width, height)
    ctx.translate(g, g)
    paint(ctx, slot.width, slot.height)
    const pixels = ctx.getImageData(0, 0, width, height).data
    const layerStart = slot.layer * this.size * this.size * 4
    const x0 = slot.x - g
    const y0 = slot.y - g
    for (let row = 0; row < height; row++) {
      const target = layerStart + ((y0 + row) * this.size + x0) * 4
      this.data.set(pixels.subarray(row * width * 4, (row + 1) * width * 4), target)
    }
    if (this.uploaded) this.texture.addLayerUpdate(slot.layer)
    this.texture.needsUpdate = true
  }

  /** After a lost WebGL context comes back: upload every layer again, as on the first frame. */
  restore(): void {
    this.uploaded = false
    this.texture.clearLayerUpdates()
    this.texture.needsUpdate = true
  }

  /** The slot's rectangle in texture coordinates (top-left origin), half a texel inside so no gutter is sampled. */
  uvRect(slot: AtlasSlot): [number, number, number, number] {
    const s = this.size
    return [(slot.x + 0.5) / s, (slot.y + 0.5) / s, (slot.x + slot.width - 0.5) / s, (slot.y + slot.height - 0.5) / s]
  }

  dispose(): void {
    this.texture.dispose()
  }
}
