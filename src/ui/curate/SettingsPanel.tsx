import { useState, type FormEvent } from 'react'
import { useStore } from 'zustand'
import type { Command, ExhibitionField } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { Field } from './Field.tsx'
import { tc, type CurateKey } from './strings.ts'
import { composeText, textPart } from './text.ts'

type Exhibition = NonNullable<ReturnType<DraftSession['getState']>['doc']>['exhibition']

const INPUTS: { name: string; key: CurateKey; path: string; type?: string }[] = [
  { name: 'titleFr', key: 'create.titleFr', path: '$.exhibition.title' },
  { name: 'titleEn', key: 'create.titleEn', path: '$.exhibition.title' },
  { name: 'start', key: 'create.start', path: '$.exhibition.dates', type: 'date' },
  { name: 'end', key: 'create.end', path: '$.exhibition.dates', type: 'date' },
  { name: 'timezone', key: 'create.timezone', path: '$.exhibition.dates.timezone' },
]

function changes(ex: Exhibition, v: Record<string, string>, languages: ('fr' | 'en')[]): Command[] {
  const next: Partial<Record<ExhibitionField, unknown>> = {
    title: composeText(v.titleFr!, v.titleEn!, ex.title),
    dates: { ...ex.dates, start: v.start, end: v.end, timezone: v.timezone },
    languages,
  }
  return (Object.entries(next) as [ExhibitionField, unknown][])
    .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify((ex as Record<string, unknown>)[field]))
    .map(([field, value]) => ({
      type: 'exhibition.set',
      field,
      value,
      expect: (ex as Record<string, unknown>)[field] ?? null,
    }))
}

/** The exhibition's own fields: title, dates and time zone, languages. */
export function SettingsPanel({ lang, session }: { lang: Language; session: DraftSession }) {
  const ex = useStore(session, (s) => s.doc?.exhibition)
  const notice = useStore(session, (s) => s.notice)
  const [values, setValues] = useState(() => ({
    titleFr: textPart(ex?.title, 'fr'),
    titleEn: textPart(ex?.title, 'en'),
    start: ex?.dates.start ?? '',
    end: ex?.dates.end ?? '',
    timezone: ex?.dates.timezone ?? 'Europe/Paris',
  }))
  const [languages, setLanguages] = useState<('fr' | 'en')[]>(ex?.languages ?? ['fr', 'en'])
  if (!ex) return null
  async function submit(event: FormEvent) {
    event.preventDefault()
    const commands = changes(ex!, values, languages)
    if (commands.length > 0) await session.getState().edit(commands)
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="settings-title">
      <h2 id="settings-title">{tc(lang, 'nav.settings')}</h2>
      {INPUTS.map((input) => (
        <Field
          key={input.name}
          id={`settings-${input.name}`}
          label={tc(lang, input.key)}
          lang={lang}
          path={input.path}
          notice={notice}
        >
          {(a) => (
            <input
              {...a}
              type={input.type ?? 'text'}
              value={values[input.name as keyof typeof values]}
              onChange={(e) => setValues({ ...values, [input.name]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{tc(lang, 'create.languages')}</legend>
        {(['fr', 'en'] as const).map((l) => (
          <div key={l} className="fr-checkbox-group fr-mb-1w">
            <input
              type="checkbox"
              id={`settings-lang-${l}`}
              checked={languages.includes(l)}
              onChange={(e) =>
                setLanguages(e.target.checked ? [...languages, l].sort() : languages.filter((x) => x !== l))
              }
            />
            <label className="fr-label" htmlFor={`settings-lang-${l}`}>
              {l === 'fr' ? 'Français' : 'English'}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="fr-btn">
        {tc(lang, 'defis.save')}
      </button>
    </form>
  )
}
