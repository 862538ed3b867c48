import { useState, type FormEvent } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { SESSION_KINDS } from '../../manifest/schema.ts'
import type { DraftSession } from './draftSession.ts'
import { tc } from './strings.ts'
import { zonedIso } from './zoned.ts'

/** A new session of the programme; its times typed on the exhibition's clock. */
export function NewSessionForm({ lang, session, zone }: { lang: Language; session: DraftSession; zone: string }) {
  const [values, setValues] = useState({ title: '', kind: 'panel', start: '', end: '' })
  const set = (name: string) => (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value })
  async function submit(event: FormEvent) {
    event.preventDefault()
    const id =
      `${values.title
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`.slice(0, 60) || 'seance'
    const added = {
      id,
      title: values.title.trim(),
      kind: values.kind as (typeof SESSION_KINDS)[number],
      start: zonedIso(values.start, zone),
      end: zonedIso(values.end, zone),
    }
    if (await session.getState().edit([{ type: 'session.add', session: added }]))
      setValues({ title: '', kind: 'panel', start: '', end: '' })
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-mt-4w">
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="session-title">
          {tc(lang, 'field.title')}
        </label>
        <input className="fr-input" id="session-title" required value={values.title} onChange={set('title')} />
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="session-kind">
          {tc(lang, 'programme.kind')}
        </label>
        <select className="fr-select" id="session-kind" value={values.kind} onChange={set('kind')}>
          {SESSION_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </div>
      {(['start', 'end'] as const).map((name) => (
        <div key={name} className="fr-input-group">
          <label className="fr-label" htmlFor={`session-${name}`}>
            {tc(lang, `programme.${name}`)} ({zone})
          </label>
          <input
            className="fr-input"
            id={`session-${name}`}
            type="datetime-local"
            required
            value={values[name]}
            onChange={set(name)}
          />
        </div>
      ))}
      <button type="submit" className="fr-btn">
        {tc(lang, 'programme.add')}
      </button>
    </form>
  )
}
