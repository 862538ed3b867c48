import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { isSafeHref, parseInline, parseMarkdown } from '../../src/ui/markdown.ts'
import { Markdown } from '../../src/ui/Markdown.tsx'

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} newWindow="nouvelle fenêtre" />)

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(html('Premier\nparagraphe.\n\nSecond.')).toBe('<p>Premier paragraphe.</p><p>Second.</p>')
  })

  it('reads "- " lines as a bulleted list, with indented continuation lines', () => {
    expect(html('Avant :\n- un\n- deux\n  suite\n\nAprès.')).toBe(
      '<p>Avant :</p><ul><li>un</li><li>deux suite</li></ul><p>Après.</p>',
    )
  })

  it('keeps a hyphen that is not a list marker as text', () => {
    expect(parseMarkdown('Saint-Denis -pas une liste')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Saint-Denis -pas une liste' }] },
    ])
  })

  it('reads "##" and "###" lines as headings, placed under the section that shows the description', () => {
    expect(parseMarkdown('## Le défi\nTexte.\n### Détail')).toEqual([
      { type: 'heading', rank: 2, children: [{ type: 'text', text: 'Le défi' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Texte.' }] },
      { type: 'heading', rank: 3, children: [{ type: 'text', text: 'Détail' }] },
    ])
    // Under the page's h2 « Le défi », the description's top headings are h3 and the next ones h4, never a skip.
    const page = (source: string) =>
      renderToStaticMarkup(<Markdown source={source} newWindow="nouvelle fenêtre" topLevel={3} />)
    expect(page('## Le défi\n\n- un\n### La *suite* ###\nFin.')).toBe(
      '<h3>Le défi</h3><ul><li>un</li></ul><h4>La <em>suite</em></h4><p>Fin.</p>',
    )
    expect(page('### La problématique\nTexte.')).toBe('<h3>La problématique</h3><p>Texte.</p>')
    expect(page('#### a\n##### b\n###### c')).toBe('<h3>a</h3><h4>b</h4><h5>c</h5>')
    expect(html('#hashtag et ##### pas un titre')).toBe('<p>#hashtag et ##### pas un titre</p>')
  })

  it('gives nothing for an empty description', () => {
    expect(parseMarkdown(' \n\n ')).toEqual([])
  })
})

describe('parseInline', () => {
  it('renders emphasis, strong emphasis and both nested', () => {
    expect(html('un *mot* et **deux mots** et **un *seul* bloc**')).toBe(
      '<p>un <em>mot</em> et <strong>deux mots</strong> et <strong>un <em>seul</em> bloc</strong></p>',
    )
  })

  it('leaves lone or spaced stars as they are', () => {
    expect(html('2 * 3 * 4 et *ouvert')).toBe('<p>2 * 3 * 4 et *ouvert</p>')
  })

  it('honours backslash escapes', () => {
    expect(html('\\*pas en italique\\*')).toBe('<p>*pas en italique*</p>')
  })

  it('renders an https link that opens in a new window without access to this page', () => {
    expect(html('Voir [le **code**](https://gitlab.com/adex?x=1&y=2).')).toBe(
      '<p>Voir <a href="https://gitlab.com/adex?x=1&amp;y=2" target="_blank" rel="noopener" title="nouvelle fenêtre">le <strong>code</strong></a>.</p>',
    )
  })

  it('shows links to anything but http(s) as the text that was written', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/relative',
    ]) {
      const out = html(`[x](${href})`)
      expect(out, href).not.toContain('<a')
      expect(out, href).toContain(`[x](${href.replace(/&/g, '&amp;')})`)
    }
  })

  it('never turns raw HTML into elements', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>')
    expect(out).not.toMatch(/<(script|img|a)\b/)
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('stops nesting at a sane depth instead of overflowing the stack', () => {
    const deep = '**'.repeat(5000) + 'x' + '**'.repeat(5000)
    expect(() => parseInline(deep)).not.toThrow()
  })
})

describe('isSafeHref', () => {
  it('accepts plain http(s) URLs only', () => {
    expect(isSafeHref('https://beta.gouv.fr/')).toBe(true)
    expect(isSafeHref('http://example.org/a?b#c')).toBe(true)
    expect(isSafeHref('https://exa mple.org')).toBe(false)
    expect(isSafeHref('https:/example.org')).toBe(false)
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false)
  })
})

describe('parseInline on hostile input', () => {
  it('stays fast on thousands of unmatched markers', () => {
    const started = performance.now()
    parseInline('*a [b '.repeat(50_000))
    parseInline('**a '.repeat(50_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
