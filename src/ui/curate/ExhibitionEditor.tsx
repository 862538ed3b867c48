import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import { curateApi } from './api.ts'
import { createDraftSession } from './draftSession.ts'
import { EditorNav } from './EditorNav.tsx'
import { NoticeBar } from './NoticeBar.tsx'
import type { Tab } from './route.ts'
import { Section } from './Section.tsx'
import { tc } from './strings.ts'

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/** One exhibition's editor: its sections, undo and redo (buttons and Ctrl+Z / Ctrl+Shift+Z), what the server said. */
export function ExhibitionEditor(props: { lang: Language; id: string; tab: Tab; navigate: (path: string) => void }) {
  const { lang, id, tab, navigate } = props
  const session = useMemo(() => createDraftSession(curateApi, id), [id])
  const doc = useStore(session, (s) => s.doc)
  const canUndo = useStore(session, (s) => s.undo.length > 0)
  const canRedo = useStore(session, (s) => s.redo.length > 0)
  const busy = useStore(session, (s) => s.busy)

  useEffect(() => void session.getState().reload(), [session])
  // Others' changes show within half a minute even while this organiser only reads.
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void session.getState().refresh()
    }, 30_000)
    return () => window.clearInterval(timer)
  }, [session])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTyping(event.target)) return
      event.preventDefault()
      void (event.shiftKey ? session.getState().redoLast() : session.getState().undoLast())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [session])

  // A link to a field (from a publish gate) ends with its input's id: focus it once the section shows it.
  useEffect(() => {
    if (!doc || !window.location.hash) return
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.focus()
  }, [doc !== null, tab]) // eslint-disable-line react-hooks/exhaustive-deps

  if (!doc) return <p role="status">{tc(lang, 'loading')}</p>
  return (
    <>
      <h1>{localize(doc.exhibition.title, lang)}</h1>
      <EditorNav lang={lang} id={id} tab={tab} navigate={navigate} />
      <div className="fr-btns-group fr-btns-group--inline-sm fr-mb-2w">
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={() => void session.getState().undoLast()}
        >
          {tc(lang, 'undo')}
        </button>
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          onClick={() => void session.getState().redoLast()}
        >
          {tc(lang, 'redo')}
        </button>
        <a className="fr-btn fr-btn--tertiary fr-btn--sm" href={`/curate/${id}/preview/${id}`}>
          {tc(lang, 'preview')}
        </a>
      </div>
      <p role="status" className="fr-text--sm">
        {busy ? tc(lang, 'saving') : ''}
      </p>
      <NoticeBar lang={lang} session={session} />
      <Section lang={lang} id={id} tab={tab} session={session} navigate={navigate} />
    </>
  )
}
