import { useEffect, useState } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import { curateApi, type CurateSummary } from './api.ts'
import { CreateExhibition } from './CreateExhibition.tsx'
import { tc } from './strings.ts'

/** Every exhibition, draft or published, and the form to create one. */
export function ExhibitionList({ lang, navigate }: { lang: Language; navigate: (path: string) => void }) {
  const [items, setItems] = useState<CurateSummary[] | null>(null)
  useEffect(() => {
    void curateApi.list().then(setItems)
  }, [])
  return (
    <>
      <h1>{tc(lang, 'list.title')}</h1>
      {items === null ? (
        <p role="status">{tc(lang, 'loading')}</p>
      ) : (
        <ul className="fr-raw-list">
          {items.map((item) => (
            <li key={item.id} className="fr-mb-1w">
              <a
                className="fr-link"
                href={`/curate/${item.id}`}
                onClick={(e) => {
                  e.preventDefault()
                  navigate(`/curate/${item.id}`)
                }}
              >
                {item.title ? localize(item.title, lang) : item.id}
              </a>{' '}
              <span className="fr-badge fr-badge--sm">
                {item.published ? tc(lang, 'list.published') : tc(lang, 'list.draftOnly')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateExhibition lang={lang} onCreated={(id) => navigate(`/curate/${id}`)} />
    </>
  )
}
