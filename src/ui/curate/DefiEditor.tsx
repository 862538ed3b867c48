import { useState } from 'react'
import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import { DefiForm } from './DefiForm.tsx'
import { JsonFields } from './JsonFields.tsx'
import type { DraftSession } from './draftSession.ts'
import { NewDefiForm } from './NewDefiForm.tsx'
import { tc } from './strings.ts'
import { TeamLinks } from './TeamLinks.tsx'

/** Choose a défi, edit its fields (each error on its field), make its team links; create or delete défis. */
export function DefiEditor({ lang, id, session }: { lang: Language; id: string; session: DraftSession }) {
  const doc = useStore(session, (s) => s.doc)
  const defis = doc?.defis ?? []
  const wanted = new URLSearchParams(window.location.search).get('defi')
  const [chosen, setChosen] = useState<string | null>(wanted)
  const index = Math.max(
    0,
    defis.findIndex((d) => d.id === chosen),
  )
  const defi = defis[index]
  return (
    <section aria-labelledby="defis-title">
      <h2 id="defis-title">{tc(lang, 'defis.title')}</h2>
      {defi && (
        <>
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="defi-choice">
              {tc(lang, 'defis.choose')}
            </label>
            <select className="fr-select" id="defi-choice" value={defi.id} onChange={(e) => setChosen(e.target.value)}>
              {defis.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
          <DefiForm
            key={`${defi.id} ${JSON.stringify(defi)}`}
            lang={lang}
            session={session}
            defi={defi}
            index={index}
          />
          <JsonFields key={`json ${JSON.stringify(defi)}`} lang={lang} session={session} defi={defi} index={index} />
          <TeamLinks lang={lang} id={id} defi={defi.id} />
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-mt-2w"
            onClick={() => void session.getState().edit([{ type: 'defi.delete', defi: defi.id }])}
          >
            {tc(lang, 'defis.delete')}
          </button>
        </>
      )}
      <NewDefiForm lang={lang} session={session} onCreated={setChosen} />
    </section>
  )
}
