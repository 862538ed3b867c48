import { Fragment, type ReactNode } from 'react'
import { parseMarkdown, type Block, type Inline } from './markdown.ts'

/** A heading level of the page: a description's headings sit under the page's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

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

/**
 * The page level of each heading rank a description uses: its highest rank (`##` in most, `###` in others) at
 * `topLevel`, each next rank one level down, so that the outline never skips a level; h6 at most.
 */
function headingLevels(blocks: Block[], topLevel: HeadingLevel): Map<number, HeadingLevel> {
  const ranks = [...new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.rank] : [])))].sort((a, b) => a - b)
  return new Map(ranks.map((rank, i) => [rank, Math.min(6, topLevel + i) as HeadingLevel]))
}

/**
 * A description written in the manifest's Markdown subset, rendered as React elements only (never as HTML); its
 * headings start at `topLevel`, the level below the heading of the section that shows it.
 */
export function Markdown({
  source,
  newWindow,
  topLevel = 3,
}: {
  source: string
  newWindow: string
  topLevel?: HeadingLevel
}) {
  const blocks = parseMarkdown(source)
  const levels = headingLevels(blocks, topLevel)
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={i}>{renderInline(block.children, newWindow)}</p>
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{renderInline(item, newWindow)}</li>
                ))}
              </ul>
            )
          case 'heading': {
            const Heading = `h${levels.get(block.rank) ?? topLevel}` as const
            return <Heading key={i}>{renderInline(block.children, newWindow)}</Heading>
          }
        }
      })}
    </>
  )
}
