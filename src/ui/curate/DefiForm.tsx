import { useState, type FormEvent } from 'react'
import { useStore } from 'zustand'
import type { Command, DefiField, DraftDocument } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { DraftSession } from './draftSession.ts'
import { Field } from './Field.tsx'
import { tc, type CurateKey } from './strings.ts'
import { composeText, textPart } from './text.ts'

type DefiInput = NonNullable<DraftDocument['defis']>[number]
type Values = Record<string, string>

const STATUSES = ['draft', 'submitted', 'approved'] as const

function valuesOf(defi: DefiInput): Values {
  return {
    title: defi.title,
    pitchFr: textPart(defi.pitch, 'fr'),
    pitchEn: textPart(defi.pitch, 'en'),
    descriptionFr: textPart(defi.description, 'fr'),
    descriptionEn: textPart(defi.description, 'en'),
    administration: defi.administration.name,
    city: defi.city ?? '',
    status: defi.status ?? 'draft',
  }
}

/** The commands that save what changed, each saying what it replaces, so that someone else's edit is not overwritten. */
function changes(defi: DefiInput, v: Values): Command[] {
  const next: Partial<Record<DefiField, unknown>> = {
    title: v.title,
    pitch: composeText(v.pitchFr!, v.pitchEn!, defi.pitch),
    description: composeText(v.descriptionFr!, v.descriptionEn!, defi.description),
    administration: { ...defi.administration, name: v.administration },
    city: v.city === '' ? undefined : v.city,
    status: v.status,
  }
  const commands: Command[] = []
  for (const [field, value] of Object.entries(next) as [DefiField, unknown][]) {
    const before = (defi as Record<string, unknown>)[field]
    if (JSON.stringify(value) === JSON.stringify(before)) continue
    if (field === 'status' && before === undefined && value === 'draft') continue
    commands.push({ type: 'defi.set', defi: defi.id, field, value, expect: before ?? null })
  }
  return commands
}

const FIELDS: { name: string; key: CurateKey; path: string; area?: true; lang?: 'fr' | 'en' }[] = [
  { name: 'title', key: 'field.title', path: 'title' },
  { name: 'pitchFr', key: 'field.pitchFr', path: 'pitch', area: true, lang: 'fr' },
  { name: 'pitchEn', key: 'field.pitchEn', path: 'pitch', area: true, lang: 'en' },
  { name: 'descriptionFr', key: 'field.descriptionFr', path: 'description', area: true, lang: 'fr' },
  { name: 'descriptionEn', key: 'field.descriptionEn', path: 'description', area: true, lang: 'en' },
  { name: 'administration', key: 'field.administration', path: 'administration' },
  { name: 'city', key: 'field.city', path: 'city' },
]

/** A défi's fields; Save sends only what changed. */
export function DefiForm(props: { lang: Language; session: DraftSession; defi: DefiInput; index: number }) {
  const { lang, session, defi, index } = props
  const notice = useStore(session, (s) => s.notice)
  const [values, setValues] = useState(() => valuesOf(defi))
  const set = (name: string) => (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value })
  async function submit(event: FormEvent) {
    event.preventDefault()
    const commands = changes(defi, values)
    if (commands.length > 0) await session.getState().edit(commands)
  }
  return (
    <form onSubmit={(e) => void submit(e)} data-defi={defi.id}>
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          id={`defi-${f.name}`}
          label={tc(lang, f.key)}
          lang={lang}
          path={`$.defis[${index}].${f.path}`}
          notice={notice}
        >
          {(a) =>
            f.area ? (
              <textarea
                {...a}
                className={`${a.className} fr-input--textarea`}
                lang={f.lang}
                value={values[f.name]}
                onChange={set(f.name)}
              />
            ) : (
              <input {...a} value={values[f.name]} onChange={set(f.name)} />
            )
          }
        </Field>
      ))}
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="defi-status">
          {tc(lang, 'field.status')}
        </label>
        <select className="fr-select" id="defi-status" value={values.status} onChange={set('status')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tc(lang, `status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="fr-btn">
        {tc(lang, 'defis.save')}
      </button>
    </form>
  )
}
