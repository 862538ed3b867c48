import { useEffect, useState } from 'react'
import type { Change } from '../../curation/index.ts'
import { diffDrafts } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { curateApi, type VersionInfo } from './api.ts'
import type { DraftSession } from './draftSession.ts'
import { DiffTable } from './DiffTable.tsx'
import { tc } from './strings.ts'

/** Every saved version: pick two to compare as a readable diff, or restore one (as a new version: nothing is lost). */
export function VersionsPanel({ lang, id, session }: { lang: Language; id: string; session: DraftSession }) {
  const [versions, setVersions] = useState<VersionInfo[]>([])
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | null>(null)
  const [changes, setChanges] = useState<Change[] | null>(null)
  const load = () =>
    void curateApi.versions(id).then((v) => {
      setVersions(v)
      setFrom((f) => f ?? v[1]?.n ?? v[0]?.n ?? null)
      setTo((t) => t ?? v[0]?.n ?? null)
    })
  useEffect(load, [id])
  const compare = async () => {
    if (from === null || to === null) return
    const [a, b] = await Promise.all([curateApi.version(id, from), curateApi.version(id, to)])
    setChanges(diffDrafts(a, b))
  }
  const restore = async (n: number) => {
    await curateApi.restore(id, n)
    await session.getState().reload()
    load()
  }
  const picker = (label: string, value: number | null, on: (n: number) => void, htmlId: string) => (
    <div className="fr-select-group fr-col-6">
      <label className="fr-label" htmlFor={htmlId}>
        {label}
      </label>
      <select className="fr-select" id={htmlId} value={value ?? ''} onChange={(e) => on(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.n} value={v.n}>
            {v.n} – {v.summary}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{tc(lang, 'versions.title')}</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        {picker(tc(lang, 'versions.from'), from, setFrom, 'version-from')}
        {picker(tc(lang, 'versions.to'), to, setTo, 'version-to')}
      </div>
      <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void compare()}>
        {tc(lang, 'versions.compare')}
      </button>
      {changes && <DiffTable lang={lang} changes={changes} />}
      <ol reversed className="fr-mt-4w">
        {versions.map((v) => (
          <li key={v.n}>
            {v.n} – {v.createdAt.replace('T', ' ').slice(0, 16)} – {v.actor} – {v.summary}
            {v.publishedAt ? ` (${tc(lang, 'list.published')})` : ''}{' '}
            <button
              type="button"
              className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
              onClick={() => void restore(v.n)}
            >
              {tc(lang, 'versions.restore')} {v.n}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
