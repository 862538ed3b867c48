import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/manifest/index.ts'
import { selectStandNeighbours } from '../../src/store/selectors.ts'
import { AuditoriumPage } from '../../src/ui/AuditoriumPage.tsx'
import BookletPage from '../../src/ui/booklet/BookletPage.tsx'
import { DefiPage } from '../../src/ui/DefiPage.tsx'
import { Layout } from '../../src/ui/Layout.tsx'
import { LobbyPage } from '../../src/ui/LobbyPage.tsx'
import { ProgrammePage } from '../../src/ui/ProgrammePage.tsx'
import { RoomPage } from '../../src/ui/RoomPage.tsx'
import { sampleManifest } from './sampleManifest.ts'

// Every text the exhibition's authors wrote ends with this mark; ids, links, paths and enumerations do not.
const MARK = '¤'
const TEXT_KEYS = new Set(['title', 'subtitle', 'pitch', 'description', 'name', 'role', 'label', 'text', 'city', 'alt'])

function mark(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${value} ${MARK}` : value
  if (Array.isArray(value)) return value.map((v) => mark(v, key))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'fr' || k === 'en' ? mark(v, key) : mark(v, k)]),
  )
}

const manifest = sampleManifest((input) => mark(input) as typeof input)
const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'source', 'track', 'hr', 'path', 'rect', 'use'])

/** The marked texts of `html` whose element (or one of its two nearest ancestors) lacks `dir="auto"`. */
function textsWithoutDir(html: string): string[] {
  const stack: string[] = []
  const missing: string[] = []
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrs, selfClosing, text] = m
    if (text !== undefined) {
      if (text.includes(MARK) && !stack.slice(-3).some((a) => a.includes('dir="auto"'))) missing.push(text.trim())
    } else if (closing) stack.pop()
    else if (!selfClosing && !VOID.has(tag!.toLowerCase())) stack.push(attrs ?? '')
  }
  return missing
}

function pages(lang: Language): [string, ReactElement][] {
  const around = selectStandNeighbours(manifest, 'adex')!
  const room = (id: string) => manifest.rooms.find((r) => r.id === id)!
  return [
    ['lobby', <LobbyPage lang={lang} manifest={manifest} />],
    ['room', <RoomPage lang={lang} manifest={manifest} room={room('donnees')} />],
    [
      'stand',
      <DefiPage lang={lang} manifest={manifest} stand={around.current} previous={around.previous} next={around.next} />,
    ],
    ['auditorium', <AuditoriumPage lang={lang} manifest={manifest} room={room('auditorium')} />],
    ['programme', <ProgrammePage lang={lang} manifest={manifest} />],
    ['booklet', <BookletPage lang={lang} manifest={manifest} />],
    [
      'layout',
      <Layout lang={lang} onLanguageChange={() => {}} exhibition={manifest.exhibition}>
        <p>page</p>
      </Layout>,
    ],
  ]
}

describe('the exhibition’s own text', () => {
  it.each(['fr', 'en'] as const)('is isolated with dir="auto" on every 2D page (%s)', (lang) => {
    for (const [name, element] of pages(lang)) {
      const html = renderToStaticMarkup(element)
      if (name !== 'layout') expect(html, name).toContain(MARK)
      expect(textsWithoutDir(html), name).toEqual([])
    }
  })
})
