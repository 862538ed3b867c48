import { isHttpUrl } from '../manifest/paths.ts'

/** A piece of running text in a description. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }

/** A paragraph, a bulleted list, or a heading of `rank` 1 to 6 (the number of `#`). */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'heading'; rank: number; children: Inline[] }

const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')', '-', '_'])
// Deep nesting has no use in a description and would let a hostile one blow the stack.
const MAX_DEPTH = 4

/** True for a plain absolute http(s) URL: the only links a description may carry (the manifest's own check). */
export const isSafeHref = isHttpUrl

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch)
}

/** Where the emphasis opened at `from` closes, or -1: the closer is `marker` not preceded by a space. */
function findCloser(src: string, from: number, marker: string): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] === '\\') {
      i++
      continue
    }
    if (!src.startsWith(marker, i)) continue
    // A single star next to another star belongs to a ** pair, not to this emphasis.
    if (marker === '*' && (src[i + 1] === '*' || src[i - 1] === '*')) {
      i++
      continue
    }
    if (i > from && !isSpace(src[i - 1])) return i
  }
  return -1
}

/** `[text](url)` starting at `start`: its parts and where it ends, or null. */
function matchLink(src: string, start: number): { text: string; href: string; end: number } | null {
  const close = src.indexOf('](', start)
  if (close < 0 || src.slice(start + 1, close).includes('[')) return null
  const end = src.indexOf(')', close + 2)
  if (end < 0) return null
  const href = src.slice(close + 2, end)
  if (/\s/.test(href)) return null
  return { text: src.slice(start + 1, close), href, end: end + 1 }
}

/** Parses emphasis, strong emphasis and links; anything else, HTML included, stays text. */
export function parseInline(src: string, depth = 0): Inline[] {
  const out: Inline[] = []
  let text = ''
  const flush = () => {
    if (text !== '') out.push({ type: 'text', text })
    text = ''
  }
  // Once a search for a closer fails, every later one fails too: remembering that keeps parsing linear
  // on hostile input such as thousands of unmatched stars.
  const noCloserAfter: Record<string, number> = { '*': Infinity, '**': Infinity, ']': Infinity }
  let i = 0
  while (i < src.length) {
    const ch = src[i]!
    const next = src[i + 1]
    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      text += next
      i += 2
      continue
    }
    if (depth < MAX_DEPTH && ch === '*') {
      const marker = next === '*' ? '**' : '*'
      const opens = !isSpace(src[i + marker.length]) && i < noCloserAfter[marker]!
      const end = opens ? findCloser(src, i + marker.length, marker) : -1
      if (opens && end < 0) noCloserAfter[marker] = i
      if (end > 0) {
        flush()
        const children = parseInline(src.slice(i + marker.length, end), depth + 1)
        out.push(marker === '**' ? { type: 'strong', children } : { type: 'em', children })
        i = end + marker.length
        continue
      }
    }
    if (ch === '[' && i < noCloserAfter[']']!) {
      const link = matchLink(src, i)
      if (!link && src.indexOf('](', i) < 0) noCloserAfter[']'] = i
      if (link) {
        // A link to anything but http(s) (javascript:, data:, relative) is shown as the text that was written.
        if (isSafeHref(link.href) && link.text.trim() !== '' && depth < MAX_DEPTH) {
          flush()
          out.push({ type: 'link', href: link.href, children: parseInline(link.text, depth + 1) })
        } else {
          text += src.slice(i, link.end)
        }
        i = link.end
        continue
      }
    }
    text += ch
    i++
  }
  flush()
  return out
}

const LIST_ITEM = /^\s{0,3}- (.*)$/
// ATX headings: one to six `#`, a space, the text, optional closing `#`s.
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/

/** Parses the manifest's Markdown subset: paragraphs separated by blank lines, `- ` lists, `#` headings, emphasis, links. */
export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let items: string[] = []
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) })
    paragraph = []
  }
  const endList = () => {
    if (items.length > 0) blocks.push({ type: 'list', items: items.map((item) => parseInline(item)) })
    items = []
  }
  for (const rawLine of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim()
    const item = LIST_ITEM.exec(rawLine)
    const heading = HEADING.exec(rawLine)
    if (line === '') {
      endParagraph()
      endList()
    } else if (heading && heading[2] !== '') {
      endParagraph()
      endList()
      blocks.push({ type: 'heading', rank: heading[1]!.length, children: parseInline(heading[2]!) })
    } else if (item) {
      endParagraph()
      items.push(item[1]!.trim())
    } else if (items.length > 0 && /^\s/.test(rawLine)) {
      // An indented line continues the list item above it.
      items[items.length - 1] += ` ${line}`
    } else {
      endList()
      paragraph.push(line)
    }
  }
  endParagraph()
  endList()
  return blocks
}
