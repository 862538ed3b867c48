import { useState } from 'react'
import type { Bilingual } from '../../manifest/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { sendTeamCommands } from './api.ts'
import { s } from './strings.ts'

type Texts = { fr: string; en: string }

function asTexts(value: unknown): Texts {
  if (typeof value === 'string') return { fr: value, en: '' }
  const v = (value ?? {}) as Partial<Bilingual>
  return { fr: v.fr ?? '', en: v.en ?? '' }
}

/** The languages filled in, as the manifest takes them; undefined when none is (the field is then removed). */
function asValue(texts: Texts): Partial<Bilingual> | undefined {
  const filled = Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== ''))
  return Object.keys(filled).length > 0 ? filled : undefined
}

const LANGS = [
  ['fr', 'Français'],
  ['en', 'English'],
] as const

function TextPair({
  field,
  legend,
  texts,
  onChange,
  rows,
}: {
  field: string
  legend: string
  texts: Texts
  onChange: (t: Texts) => void
  rows: number
}) {
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">{legend}</legend>
      {LANGS.map(([code, name]) => (
        <div className="fr-input-group fr-fieldset__element" key={code}>
          <label className="fr-label" htmlFor={`${field}-${code}`}>
            {name}
          </label>
          <textarea
            className="fr-input"
            id={`${field}-${code}`}
            lang={code}
            rows={rows}
            value={texts[code]}
            onChange={(e) => onChange({ ...texts, [code]: e.currentTarget.value })}
          />
        </div>
      ))}
    </fieldset>
  )
}

/** The défi's pitch and description in both languages, sent to the draft as the team's edit (`defi.set`). */
export function TextsForm({
  lang,
  token,
  defiId,
  pitch,
  description,
}: {
  lang: Language
  token: string
  defiId: string
  pitch: unknown
  description: unknown
}) {
  const [pitchTexts, setPitch] = useState(() => asTexts(pitch))
  const [descriptionTexts, setDescription] = useState(() => asTexts(description))
  const [result, setResult] = useState<'saved' | Bilingual | null>(null)
  return (
    <form
      className="fr-mt-4w"
      onSubmit={(e) => {
        e.preventDefault()
        const commands = [
          { type: 'defi.set', defi: defiId, field: 'pitch', value: asValue(pitchTexts) },
          { type: 'defi.set', defi: defiId, field: 'description', value: asValue(descriptionTexts) },
        ]
        void sendTeamCommands(token, commands).then((error) => setResult(error ?? 'saved'))
      }}
    >
      <TextPair field="pitch" legend={s(lang, 'pitch')} texts={pitchTexts} onChange={setPitch} rows={2} />
      <TextPair
        field="description"
        legend={s(lang, 'description')}
        texts={descriptionTexts}
        onChange={setDescription}
        rows={8}
      />
      <button type="submit" className="fr-btn">
        {s(lang, 'save')}
      </button>
      <div role="status">
        {result === 'saved' && <p className="fr-message fr-message--valid">{s(lang, 'saved')}</p>}
        {result && result !== 'saved' && <p className="fr-message fr-message--error">{result[lang]}</p>}
      </div>
    </form>
  )
}
