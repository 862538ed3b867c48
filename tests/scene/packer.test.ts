import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ShelfPacker, type AtlasSlot } from '../../src/scene/atlas/packer.ts'

const overlap = (a: AtlasSlot, b: AtlasSlot, gutter: number) =>
  a.layer === b.layer &&
  a.x - gutter < b.x + b.width + gutter &&
  b.x - gutter < a.x + a.width + gutter &&
  a.y - gutter < b.y + b.height + gutter &&
  b.y - gutter < a.y + a.height + gutter

describe('ShelfPacker', () => {
  it('gives every picture its own place, gutters included, inside a layer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 1100 }), h: fc.integer({ min: 1, max: 1100 }) }), {
          maxLength: 60,
        }),
        (sizes) => {
          const packer = new ShelfPacker(1024, 4)
          const slots = sizes.map((s) => packer.allocate(s.w, s.h))
          slots.forEach((slot, i) => {
            expect(slot.x - 4).toBeGreaterThanOrEqual(0)
            expect(slot.y - 4).toBeGreaterThanOrEqual(0)
            expect(slot.x + slot.width + 4).toBeLessThanOrEqual(1024)
            expect(slot.y + slot.height + 4).toBeLessThanOrEqual(1024)
            expect(slot.layer).toBeLessThan(packer.layerCount)
            for (const other of slots.slice(i + 1)) expect(overlap(slot, other, 4)).toBe(false)
          })
        },
      ),
    )
  })
  it('fills a layer before opening the next: 8 stand posters of 300 × 170 share one layer', () => {
    const packer = new ShelfPacker(1024, 4)
    const slots = Array.from({ length: 8 }, () => packer.allocate(300, 170))
    expect(new Set(slots.map((s) => s.layer))).toEqual(new Set([0]))
    expect(packer.layerCount).toBe(1)
  })
  it('clamps a picture larger than a layer', () => {
    const slot = new ShelfPacker(1024, 4).allocate(5000, 10)
    expect(slot.width).toBe(1016)
  })
})
