import { useState } from 'react'
import { useStore } from 'zustand'
import { layoutGates, publishBlockers, type Gate } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { curateApi, CurateError } from './api.ts'
import type { DraftSession } from './draftSession.ts'
import { fixHref } from './route.ts'
import { tc } from './strings.ts'

/** Every gate of the draft as it is now: those that block (each linked to its field) and the warnings. */
function gatesOf(doc: Parameters<typeof layoutGates>[0]): Gate[] {
  const blocking = publishBlockers(doc).map((b, i): Gate => ({ id: `b${i}`, level: 'block', ...b }))
  const warnings = layoutGates(doc).filter((g) => g.level === 'warn')
  return [...blocking, ...warnings]
}

/** Shows the gates before Publish is pressed; publishes the draft as last read. */
export function PublishPanel(props: {
  lang: Language
  id: string
  session: DraftSession
  navigate: (p: string) => void
}) {
  const { lang, id, session } = props
  const doc = useStore(session, (s) => s.doc)
  const etag = useStore(session, (s) => s.etag)
  const [result, setResult] = useState<string | null>(null)
  if (!doc) return null
  const gates = gatesOf(doc)
  const defiIds = (doc.defis ?? []).map((d) => d.id)
  const blocking = gates.filter((g) => g.level === 'block')
  const publish = async () => {
    try {
      const { body } = await curateApi.publish(id, etag)
      setResult(`${tc(lang, 'publish.done')} (${body.version})`)
    } catch (error) {
      setResult(error instanceof CurateError ? (error.body.error?.[lang] ?? error.message) : String(error))
      await session.getState().reload()
    }
  }
  const list = (items: Gate[]) => (
    <ul>
      {items.map((g) => (
        <li key={g.id}>
          {g.message[lang]}{' '}
          <a
            className="fr-link"
            href={fixHref(id, g.path, defiIds)}
            onClick={(e) => {
              e.preventDefault()
              props.navigate(fixHref(id, g.path, defiIds))
            }}
          >
            {tc(lang, 'publish.fix')} <span className="fr-sr-only">{g.path}</span>
          </a>
        </li>
      ))}
    </ul>
  )
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{tc(lang, 'publish.title')}</h2>
      {blocking.length > 0 ? (
        <>
          <h3 className="fr-h5">{tc(lang, 'publish.blocking')}</h3>
          {list(blocking)}
        </>
      ) : (
        <p>{tc(lang, 'publish.ready')}</p>
      )}
      {gates.length > blocking.length && (
        <>
          <h3 className="fr-h5">{tc(lang, 'publish.warnings')}</h3>
          {list(gates.filter((g) => g.level === 'warn'))}
        </>
      )}
      <button type="button" className="fr-btn" disabled={blocking.length > 0} onClick={() => void publish()}>
        {tc(lang, 'publish.button')}
      </button>
      <p role="status" className="fr-mt-2w" data-publish-result>
        {result ?? ''}
      </p>
    </section>
  )
}
