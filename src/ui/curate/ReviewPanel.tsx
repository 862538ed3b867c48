import { useState } from 'react'
import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { ReviewVideo } from './ReviewVideo.tsx'
import { tc } from './strings.ts'

/** The défis teams submitted: their video with its captions; approve, or send back with a message the team sees. */
export function ReviewPanel({ lang, session }: { lang: Language; session: DraftSession }) {
  const doc = useStore(session, (s) => s.doc)
  const submitted = (doc?.defis ?? []).filter((d) => d.status === 'submitted')
  const [messages, setMessages] = useState<Record<string, string>>({})
  const edit = session.getState().edit
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{tc(lang, 'review.title')}</h2>
      {submitted.length === 0 && <p>{tc(lang, 'review.none')}</p>}
      {submitted.map((defi) => (
        <article key={defi.id} className="fr-card fr-p-2w fr-mb-3w" aria-labelledby={`review-${defi.id}`}>
          <h3 id={`review-${defi.id}`} className="fr-h5">
            {defi.title}
          </h3>
          {defi.media && (defi.media.mp4 || defi.media.hls) && <ReviewVideo media={defi.media} lang={lang} />}
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`message-${defi.id}`}>
              {tc(lang, 'review.message')}
            </label>
            <textarea
              className="fr-input"
              id={`message-${defi.id}`}
              value={messages[defi.id] ?? ''}
              onChange={(e) => setMessages({ ...messages, [defi.id]: e.target.value })}
            />
          </div>
          <div className="fr-btns-group fr-btns-group--inline-sm">
            <button
              type="button"
              className="fr-btn fr-btn--sm"
              onClick={() => void edit([{ type: 'defi.approve', defi: defi.id }])}
            >
              {tc(lang, 'review.approve')}
            </button>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-btn--sm"
              onClick={() => void edit([{ type: 'defi.sendBack', defi: defi.id, message: messages[defi.id] ?? '' }])}
            >
              {tc(lang, 'review.sendBack')}
            </button>
          </div>
        </article>
      ))}
    </section>
  )
}
