import { useState, type FormEvent } from 'react'
import { useStore } from 'zustand'
import type { DefiField, DraftDocument } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { Field } from './Field.tsx'
import { tc } from './strings.ts'

type DefiInput = NonNullable<DraftDocument['defis']>[number]

/** The défi's structured fields, edited as the format writes them (JSON); each checked by the manifest's validator. */
const STRUCTURED: DefiField[] = [
  'administration',
  'team',
  'mentors',
  'skills',
  'keyFigures',
  'deliverables',
  'media',
  'extras',
]

const NOT_JSON = { fr: 'JSON invalide', en: 'invalid JSON' }

/** Every other field of a défi, so that an organiser can edit all the format has; errors shown on the field at fault. */
export function JsonFields(props: { lang: Language; session: DraftSession; defi: DefiInput; index: number }) {
  const { lang, session, defi, index } = props
  const notice = useStore(session, (s) => s.notice)
  const record = defi as Record<string, unknown>
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(STRUCTURED.map((f) => [f, record[f] === undefined ? '' : JSON.stringify(record[f], null, 2)])),
  )
  const [syntax, setSyntax] = useState<string | null>(null)
  async function submit(event: FormEvent) {
    event.preventDefault()
    const commands = []
    for (const field of STRUCTURED) {
      const text = texts[field]!.trim()
      let value: unknown
      try {
        value = text === '' ? undefined : JSON.parse(text)
      } catch {
        setSyntax(field)
        return
      }
      if (JSON.stringify(value) === JSON.stringify(record[field])) continue
      commands.push({ type: 'defi.set' as const, defi: defi.id, field, value, expect: record[field] ?? null })
    }
    setSyntax(null)
    if (commands.length > 0) await session.getState().edit(commands)
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-mt-4w">
      <h3 className="fr-h5">{tc(lang, 'defis.more')}</h3>
      {STRUCTURED.map((field) => {
        const local =
          syntax === field ? { kind: 'error' as const, message: NOT_JSON, path: `$.defis[${index}].${field}` } : notice
        return (
          <Field
            key={field}
            id={`defi-json-${field}`}
            label={field}
            lang={lang}
            path={`$.defis[${index}].${field}`}
            notice={local}
          >
            {(a) => (
              <textarea
                {...a}
                className={`${a.className} fr-input--textarea`}
                rows={4}
                spellCheck={false}
                value={texts[field]}
                onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
              />
            )}
          </Field>
        )
      })}
      <button type="submit" className="fr-btn fr-btn--secondary">
        {tc(lang, 'defis.saveMore')}
      </button>
    </form>
  )
}
