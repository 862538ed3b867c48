import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { qrPath } from '../../src/ui/booklet/qrCode.ts'

/** The modules an SVG path of `M x y h w v1 h-w z` rectangles paints, as a matrix. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = m.slice(1).map(Number) as [number, number, number, number]
    expect(back).toBe(w)
    for (let i = x; i < x + w; i++) grid[y]![i] = true
  }
  return grid
}

/** True when the 7×7 square at (x, y) is a finder pattern: dark ring, light ring, dark 3×3 centre. */
function isFinder(grid: boolean[][], x: number, y: number): boolean {
  for (let j = 0; j < 7; j++) {
    for (let i = 0; i < 7; i++) {
      const ring = Math.max(Math.abs(i - 3), Math.abs(j - 3))
      if (grid[y + j]![x + i] !== (ring !== 2)) return false
    }
  }
  return true
}

describe('qrPath', () => {
  const url = 'https://vernissage.example/eig4/faire-parler-les-donnees-publiques/datalympics'

  it('paints exactly the dark modules of the QR code, nothing more', () => {
    const { size, d } = qrPath(url)
    expect(paint(size, d)).toEqual(encode(url, { ecc: 'M', border: 0 }).data)
  })

  it('draws a QR code: square, of a valid version, with its three finder patterns', () => {
    const { size, d } = qrPath(url)
    expect((size - 17) % 4).toBe(0)
    const grid = paint(size, d)
    expect(isFinder(grid, 0, 0)).toBe(true)
    expect(isFinder(grid, size - 7, 0)).toBe(true)
    expect(isFinder(grid, 0, size - 7)).toBe(true)
    expect(isFinder(grid, size - 7, size - 7)).toBe(false)
  })

  it('grows with the text and differs from one stand to the next', () => {
    expect(qrPath('https://a.example/x').size).toBeLessThan(qrPath(`${url}/${'x'.repeat(200)}`).size)
    expect(qrPath(`${url}-a`).d).not.toBe(qrPath(`${url}-b`).d)
  })
})
