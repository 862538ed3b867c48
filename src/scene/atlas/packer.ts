/** Where a picture lies in the atlas: its layer and its pixel rectangle, gutter excluded. */
export type AtlasSlot = { layer: number; x: number; y: number; width: number; height: number }

type Shelf = { layer: number; y: number; height: number; used: number }

/**
 * A shelf packer over the layers of a texture array: pictures go left to right on shelves as tall as their tallest
 * picture, shelves stack down a layer, and a new layer opens when one is full. Each picture gets a `gutter` of pixels
 * all round that the painter fills with its edge colour, so that mipmaps do not bleed a neighbour in.
 */
export class ShelfPacker {
  private readonly shelves: Shelf[] = []
  /** The first free row of each layer, below its shelves. */
  private readonly tops: number[] = []

  constructor(
    readonly size: number,
    readonly gutter = 4,
  ) {}

  /** How many layers are in use. */
  get layerCount(): number {
    return this.tops.length
  }

  /** Reserves a `width` × `height` picture (clamped to the layer size) and says where it goes. */
  allocate(width: number, height: number): AtlasSlot {
    const w = Math.min(Math.ceil(width), this.size - 2 * this.gutter)
    const h = Math.min(Math.ceil(height), this.size - 2 * this.gutter)
    const outerW = w + 2 * this.gutter
    const outerH = h + 2 * this.gutter
    let shelf = this.shelves.find((s) => s.height >= outerH && s.height <= outerH * 1.6 && s.used + outerW <= this.size)
    if (!shelf) {
      // A new shelf goes in the first layer with room below its shelves; a new layer opens when none has.
      let layer = this.tops.findIndex((top) => top + outerH <= this.size)
      if (layer < 0) layer = this.tops.push(0) - 1
      shelf = { layer, y: this.tops[layer]!, height: outerH, used: 0 }
      this.tops[layer] = shelf.y + outerH
      this.shelves.push(shelf)
    }
    const slot = { layer: shelf.layer, x: shelf.used + this.gutter, y: shelf.y + this.gutter, width: w, height: h }
    shelf.used += outerW
    return slot
  }
}
