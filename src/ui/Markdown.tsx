import { Fragment, type ReactNode } from 'react'
import { parseMarkdown, type Inline } from './markdown.ts'

function renderInline(nodes: Inline[], newWindow: string): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>
      case 'em':
        return <em key={i}>{renderInline(node.children, newWindow)}</em>
      case 'strong':
        return <strong key={i}>{renderInline(node.children, newWindow)}</strong>
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener" title={newWindow}>
            {renderInline(node.children, newWindow)}
          </a>
        )
    }
  })
}

/** A description written in the manifest's Markdown subset, rendered as React elements only (never as HTML). */
export function Markdown({ source, newWindow }: { source: string; newWindow: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{renderInline(block.children, newWindow)}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{renderInline(item, newWindow)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  )
}
