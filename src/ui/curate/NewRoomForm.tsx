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

/** A new themed room: its name in both languages; its id made from the French name. */
export function NewRoomForm({ lang, session }: { lang: Language; session: DraftSession }) {
  const [fr, setFr] = useState('')
  const [en, setEn] = useState('')
  async function submit(event: FormEvent) {
    event.preventDefault()
    const title = en.trim() ? { fr: fr.trim(), en: en.trim() } : fr.trim()
    const ok = await session.getState().edit([{ type: 'room.create', room: { id: slug(fr), title, kind: 'themed' } }])
    if (ok) {
      setFr('')
      setEn('')
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-mt-4w">
      <h3 className="fr-h5">{tc(lang, 'rooms.new')}</h3>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="new-room-fr">
          {tc(lang, 'rooms.nameFr')}
        </label>
        <input
          className="fr-input"
          id="new-room-fr"
          lang="fr"
          required
          value={fr}
          onChange={(e) => setFr(e.target.value)}
        />
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="new-room-en">
          {tc(lang, 'rooms.nameEn')}
        </label>
        <input className="fr-input" id="new-room-en" lang="en" value={en} onChange={(e) => setEn(e.target.value)} />
      </div>
      <button type="submit" className="fr-btn">
        {tc(lang, 'rooms.create')}
      </button>
    </form>
  )
}
