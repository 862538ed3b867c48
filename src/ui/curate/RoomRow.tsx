import { useState } from 'react'
import { themeContrast } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Room } from '../../manifest/schema.ts'
import type { DraftSession } from './draftSession.ts'
import { Field } from './Field.tsx'
import { tc } from './strings.ts'
import { useStore } from 'zustand'

type RoomInput = Pick<Room, 'id' | 'kind'> & Partial<Room>

const part = (title: Room['title'] | undefined, lang: Language) =>
  title === undefined ? '' : typeof title === 'string' ? title : (title[lang] ?? '')

/** One room: its names in both languages, its colour with the contrast of the signs' text on it, moves, delete. */
export function RoomRow(props: {
  lang: Language
  session: DraftSession
  room: RoomInput
  index: number
  last: boolean
  autoFocus: boolean
  onMoved: () => void
}) {
  const { lang, session, room, index } = props
  const notice = useStore(session, (s) => s.notice)
  const [fr, setFr] = useState(part(room.title, 'fr'))
  const [en, setEn] = useState(part(room.title, 'en'))
  // The picker reports every colour it passes over: the room is recoloured once, when the organiser leaves it.
  const [colour, setColour] = useState(room.themeColor ?? '#000091')
  const contrast = themeContrast(colour)
  const path = `$.rooms[${index}]`
  const edit = session.getState().edit
  const rename = () => {
    const title = en.trim() ? { fr: fr.trim(), en: en.trim() } : fr.trim()
    void edit([{ type: 'room.rename', room: room.id, title, expect: room.title ?? null }])
  }
  const move = (to: number) => void edit([{ type: 'room.move', room: room.id, index: to }]).then(props.onMoved)
  return (
    <li className="fr-card fr-p-2w fr-mb-2w" data-room={room.id}>
      <h3 className="fr-h5">
        {part(room.title, lang) || room.id} <span className="fr-badge fr-badge--sm">{room.kind}</span>
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Field
            id={`room-${room.id}-fr`}
            label={tc(lang, 'rooms.nameFr')}
            lang={lang}
            path={`${path}.title`}
            notice={notice}
          >
            {(a) => <input {...a} value={fr} onChange={(e) => setFr(e.target.value)} lang="fr" />}
          </Field>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Field id={`room-${room.id}-en`} label={tc(lang, 'rooms.nameEn')} lang={lang}>
            {(a) => <input {...a} value={en} onChange={(e) => setEn(e.target.value)} lang="en" />}
          </Field>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <label className="fr-label" htmlFor={`room-${room.id}-colour`}>
            {tc(lang, 'rooms.colour')}
          </label>
          <input
            id={`room-${room.id}-colour`}
            type="color"
            value={colour}
            onChange={(e) => setColour(e.target.value)}
            onBlur={() => {
              if (colour !== (room.themeColor ?? '#000091')) {
                void edit([{ type: 'room.recolour', room: room.id, themeColor: colour }])
              }
            }}
          />
          <p className="fr-text--sm" style={{ background: colour, color: contrast.text, padding: '0.25rem 0.5rem' }}>
            {tc(lang, 'rooms.contrast')} : {contrast.ratio.toFixed(1)}:1{' '}
            {contrast.ok ? '' : `– ${tc(lang, 'rooms.contrastLow')}`}
          </p>
        </div>
      </div>
      <div className="fr-btns-group fr-btns-group--inline-sm">
        <button type="button" className="fr-btn fr-btn--sm" onClick={rename}>
          {tc(lang, 'rooms.save')}
        </button>
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          disabled={index === 0}
          onClick={() => move(index - 1)}
          autoFocus={props.autoFocus}
        >
          {tc(lang, 'rooms.up')}
        </button>
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          disabled={props.last}
          onClick={() => move(index + 1)}
        >
          {tc(lang, 'rooms.down')}
        </button>
        <button
          type="button"
          className="fr-btn fr-btn--tertiary fr-btn--sm"
          onClick={() => void edit([{ type: 'room.delete', room: room.id }])}
        >
          {tc(lang, 'rooms.delete')}
        </button>
      </div>
    </li>
  )
}
