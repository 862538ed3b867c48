import { qrPath } from './qrCode.ts'

// Four modules of light margin around the code, as the QR standard asks, so that phones find its edges.
const QUIET = 4

/** A QR code of `url` as inline SVG, black on white whatever the colour scheme; decorative next to its printed link. */
export function QrCode({ url }: { url: string }) {
  const { size, d } = qrPath(url)
  const full = size + 2 * QUIET
  return (
    <svg
      className="booklet-qr"
      viewBox={`${-QUIET} ${-QUIET} ${full} ${full}`}
      shapeRendering="crispEdges"
      aria-hidden="true"
      focusable="false"
      data-url={url}
    >
      <rect x={-QUIET} y={-QUIET} width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
