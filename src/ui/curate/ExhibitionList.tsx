import { useCallback, useEffect, useState } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import { curateApi, type CurateSummary } from './api.ts'
import { CreateExhibition } from './CreateExhibition.tsx'
import { tc } from './strings.ts'

type Props = { lang: Language; navigate: (path: string) => void }

function Item({
  lang,
  navigate,
  item,
  archived,
  onToggle,
}: Props & { item: CurateSummary; archived: boolean; onToggle: () => void }) {
  const title = item.title ? localize(item.title, lang) : item.id
  return (
    <li className="fr-mb-1w">
      <a
        className="fr-link"
        href={`/curate/${item.id}`}
        onClick={(e) => {
          e.preventDefault()
          navigate(`/curate/${item.id}`)
        }}
      >
        {title}
      </a>{' '}
      <span className="fr-badge fr-badge--sm">
        {item.published ? tc(lang, 'list.published') : tc(lang, 'list.draftOnly')}
      </span>{' '}
      <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={onToggle}>
        {tc(lang, archived ? 'list.unarchive' : 'list.archive')} <span className="fr-sr-only">{title}</span>
      </button>
    </li>
  )
}

/** Every exhibition, draft or published, the archived ones apart; and the form to create one. */
export function ExhibitionList({ lang, navigate }: Props) {
  const [items, setItems] = useState<CurateSummary[] | null>(null)
  const [archived, setArchived] = useState<Set<string>>(new Set())
  const load = useCallback(() => {
    void Promise.all([curateApi.list(), curateApi.archived()]).then(([list, ids]) => {
      setItems(list)
      setArchived(ids)
    })
  }, [])
  useEffect(load, [load])
  const toggle = (id: string) => () => void curateApi.setArchived(id, !archived.has(id)).then(load)
  const list = (inArchive: boolean) => (
    <ul className="fr-raw-list">
      {(items ?? [])
        .filter((item) => archived.has(item.id) === inArchive)
        .map((item) => (
          <Item
            key={item.id}
            lang={lang}
            navigate={navigate}
            item={item}
            archived={inArchive}
            onToggle={toggle(item.id)}
          />
        ))}
    </ul>
  )
  return (
    <>
      <h1>{tc(lang, 'list.title')}</h1>
      {items === null ? <p role="status">{tc(lang, 'loading')}</p> : list(false)}
      {archived.size > 0 && (
        <>
          <h2 className="fr-mt-4w">{tc(lang, 'list.archives')}</h2>
          {list(true)}
        </>
      )}
      <CreateExhibition lang={lang} onCreated={(id) => navigate(`/curate/${id}`)} />
    </>
  )
}
