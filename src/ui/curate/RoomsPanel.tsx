import { useState } from 'react'
import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { NewRoomForm } from './NewRoomForm.tsx'
import { RoomRow } from './RoomRow.tsx'
import { tc } from './strings.ts'

/** The rooms of the exhibition, in order: rename, recolour, reorder, delete; and a form for a new one. */
export function RoomsPanel({ lang, session }: { lang: Language; session: DraftSession }) {
  const doc = useStore(session, (s) => s.doc)
  const rooms = doc?.rooms ?? []
  const [focus, setFocus] = useState<string | null>(null)
  return (
    <section aria-labelledby="rooms-title">
      <h2 id="rooms-title">{tc(lang, 'rooms.title')}</h2>
      <ol className="fr-raw-list">
        {rooms.map((room, index) => (
          <RoomRow
            // A rename or recolour by someone else (or an undo) starts the fields afresh with what it set.
            key={`${room.id} ${JSON.stringify(room.title)} ${room.themeColor ?? ''}`}
            lang={lang}
            session={session}
            room={room}
            index={index}
            last={index === rooms.length - 1}
            autoFocus={focus === room.id}
            onMoved={() => setFocus(room.id)}
          />
        ))}
      </ol>
      <NewRoomForm lang={lang} session={session} />
    </section>
  )
}
