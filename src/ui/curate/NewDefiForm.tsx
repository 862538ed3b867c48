import { useState, type FormEvent } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { tc } from './strings.ts'

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)

/** A new défi: title, pitch and administration, the least the format asks; its id made from the title. */
export function NewDefiForm(props: { lang: Language; session: DraftSession; onCreated: (id: string) => void }) {
  const { lang, session } = props
  const [title, setTitle] = useState('')
  const [pitch, setPitch] = useState('')
  const [administration, setAdministration] = useState('')
  async function submit(event: FormEvent) {
    event.preventDefault()
    const id = slug(title)
    const defi = { id, title: title.trim(), pitch: pitch.trim(), administration: { name: administration.trim() } }
    if (await session.getState().edit([{ type: 'defi.create', defi }])) props.onCreated(id)
  }
  const input = (id: string, label: string, value: string, on: (v: string) => void) => (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <input className="fr-input" id={id} required value={value} onChange={(e) => on(e.target.value)} />
    </div>
  )
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-mt-6w">
      <h3 className="fr-h5">{tc(lang, 'defis.create')}</h3>
      {input('new-defi-title', tc(lang, 'field.title'), title, setTitle)}
      {input('new-defi-pitch', tc(lang, 'field.pitchFr'), pitch, setPitch)}
      {input('new-defi-administration', tc(lang, 'field.administration'), administration, setAdministration)}
      <button type="submit" className="fr-btn">
        {tc(lang, 'defis.create')}
      </button>
    </form>
  )
}
