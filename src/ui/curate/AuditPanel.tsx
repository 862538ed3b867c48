import { useEffect, useState } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { curateApi, type AuditEntry } from './api.ts'
import { tc } from './strings.ts'

/** Who did what to this exhibition, and when, newest first. */
export function AuditPanel({ lang, id }: { lang: Language; id: string }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  useEffect(() => {
    void curateApi.audit(id).then(setEntries)
  }, [id])
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{tc(lang, 'audit.title')}</h2>
      {entries === null ? (
        <p role="status">{tc(lang, 'loading')}</p>
      ) : (
        <ol className="fr-raw-list">
          {entries.map((e) => (
            <li key={e.id} className="fr-mb-1w">
              <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> – {e.actor.label} – {e.action}{' '}
              <code>{JSON.stringify(e.detail)}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
