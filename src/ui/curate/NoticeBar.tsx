import { useStore } from 'zustand'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'

const KIND = { error: 'error', conflict: 'warning', merged: 'info', saved: 'success' } as const

/** What the server last said about an edit: refused, in conflict with someone else's, or merged with theirs. */
export function NoticeBar({ lang, session }: { lang: Language; session: DraftSession }) {
  const notice = useStore(session, (s) => s.notice)
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <div className={`fr-alert fr-alert--${KIND[notice.kind]} fr-alert--sm fr-mb-2w`} data-notice={notice.kind}>
          <p>
            {notice.message[lang]}
            {notice.path ? ` (${notice.path})` : ''}
          </p>
        </div>
      )}
    </div>
  )
}
