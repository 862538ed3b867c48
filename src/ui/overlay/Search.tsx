import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useGallery } from '../galleryContext.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { buildSearchIndex, search, type SearchResult } from '../../store/search.ts'
import { say, type OverlayKey } from './strings.ts'

const DETAIL: Record<SearchResult['kind'], OverlayKey | null> = {
  defi: null,
  administration: 'administration',
  person: 'person',
  theme: 'theme',
}

/**
 * Search as an ARIA combobox: type a défi, an administration, a person or a theme; arrows move through the results
 * (`aria-activedescendant`), Enter or a click takes the visitor there, Escape clears.
 */
export function Search({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const id = useId()
  const location = useGallery((s) => s.location)
  const navigate = useGallery((s) => s.navigate)
  const index = useMemo(() => buildSearchIndex(manifest, lang), [manifest, lang])
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(-1)
  const results = useMemo(() => search(index, query), [index, query])
  const open = query.trim() !== ''
  const optionId = (i: number) => `${id}-option-${i}`

  const choose = (result: SearchResult | undefined) => {
    if (!result || !('exhibition' in location)) return
    const { exhibition, view, lang: urlLang } = location
    setQuery('')
    setActive(-1)
    // Through the URL, like any link: the 3D view glides there and opens the stand; back returns.
    navigate(
      result.defiId
        ? { name: 'defi', exhibition, room: result.roomId, defi: result.defiId, view, lang: urlLang }
        : { name: 'room', exhibition, room: result.roomId, view, lang: urlLang },
    )
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (results.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + step + results.length) % results.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(results[active >= 0 ? active : 0])
    } else if (event.key === 'Escape') {
      setQuery('')
      setActive(-1)
    }
  }

  return (
    <div className="v3d-box v3d-search fr-search-bar" role="search">
      <label className="fr-label fr-sr-only" htmlFor={`${id}-input`}>
        {say(lang, 'searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        className="fr-input"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={say(lang, 'searchLabel')}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={say(lang, 'searchResults')}
        className="v3d-results"
        hidden={!open}
      >
        {results.map((result, i) => {
          const detail = DETAIL[result.kind]
          return (
            <li
              key={result.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="v3d-result"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(result)}
            >
              <span className="v3d-result__label" dir="auto">
                {result.label}
              </span>
              {!result.defiId && <span className="fr-text--xs"> · {say(lang, 'roomResult')}</span>}
              {detail && result.matched && (
                <span className="fr-text--xs">
                  {' '}
                  · {say(lang, detail)} : <span dir="auto">{result.matched}</span>
                </span>
              )}
            </li>
          )
        })}
      </ul>
      <p className="fr-sr-only" aria-live="polite">
        {open ? (results.length > 0 ? say(lang, 'searchCount', { n: results.length }) : say(lang, 'searchNone')) : ''}
      </p>
    </div>
  )
}
