import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import type { DraftSession } from './draftSession.ts'
import { NewSessionForm } from './NewSessionForm.tsx'
import { tc } from './strings.ts'
import { zonedLocal } from './zoned.ts'

/** The programme: each session with its times in the exhibition's time zone, its live stream and recording. */
export function ProgrammePanel({ lang, session }: { lang: Language; session: DraftSession }) {
  const doc = useStore(session, (s) => s.doc)
  if (!doc) return null
  const zone = doc.exhibition.dates.timezone ?? 'Europe/Paris'
  const sessions = doc.exhibition.programme ?? []
  const edit = session.getState().edit
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{tc(lang, 'programme.title')}</h2>
      <p>
        {tc(lang, 'programme.zone')} : {zone}
      </p>
      <ul className="fr-raw-list">
        {sessions.map((s) => (
          <li key={s.id} className="fr-card fr-p-2w fr-mb-2w">
            <h3 className="fr-h6">{localize(s.title, lang)}</h3>
            <p>
              {zonedLocal(s.start, zone).replace('T', ' ')} – {zonedLocal(s.end, zone).slice(11)} ({s.kind})
            </p>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={`live-${s.id}`}>
                {tc(lang, 'programme.live')}
              </label>
              <input
                className="fr-input"
                id={`live-${s.id}`}
                type="url"
                defaultValue={s.liveStreamUrl ?? ''}
                onBlur={(e) => {
                  const value = e.target.value.trim() || undefined
                  if (value === s.liveStreamUrl) return
                  void edit([
                    {
                      type: 'session.set',
                      session: s.id,
                      field: 'liveStreamUrl',
                      value,
                      expect: s.liveStreamUrl ?? null,
                    },
                  ])
                }}
              />
            </div>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`recording-${s.id}`}>
                {tc(lang, 'programme.recording')}
              </label>
              <select
                className="fr-select"
                id={`recording-${s.id}`}
                value={s.recording ?? ''}
                onChange={(e) => {
                  const value = e.target.value || undefined
                  void edit([
                    { type: 'session.set', session: s.id, field: 'recording', value, expect: s.recording ?? null },
                  ])
                }}
              >
                <option value="">{tc(lang, 'none')}</option>
                {(doc.recordings ?? []).map((r) => (
                  <option key={r.id} value={r.id}>
                    {localize(r.title, lang)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm"
              onClick={() => void edit([{ type: 'session.remove', session: s.id }])}
            >
              {tc(lang, 'programme.remove')}
            </button>
          </li>
        ))}
      </ul>
      <NewSessionForm lang={lang} session={session} zone={zone} />
    </section>
  )
}
