import { encode } from 'uqr'

/** A QR code as one SVG path of unit squares, `size` modules wide, without its quiet zone. */
export type QrPath = { size: number; d: string }

/**
 * Encodes `text` (a stand's URL) as a QR code with medium error correction, so that a creased or smudged print
 * still scans. Each row's runs of dark modules become one rectangle, which keeps the path short.
 */
export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  let d = ''
  data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (row[x]) x++
      d += `M${start} ${y}h${x - start}v1h${start - x}z`
    }
  })
  return { size, d }
}
