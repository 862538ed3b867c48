import type { RefObject } from 'react'

/** The `?stats` overlay: a small corner box whose text the probe writes directly, outside React's renders. */
export function RenderStats({ target }: { target: RefObject<HTMLPreElement | null> }) {
  return (
    <pre
      data-testid="render-stats"
      ref={target}
      style={{
        position: 'absolute',
        right: 4,
        bottom: 4,
        margin: 0,
        maxWidth: '40ch',
        whiteSpace: 'pre-wrap',
        font: '10px/1.2 monospace',
        color: '#fff',
        background: 'rgba(0,0,0,.6)',
        padding: '2px 4px',
        pointerEvents: 'none',
      }}
    />
  )
}
