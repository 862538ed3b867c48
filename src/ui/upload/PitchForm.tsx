import { useState } from 'react'
import type { Bilingual } from '../../manifest/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { sendTeamCommands } from './api.ts'
import { s } from './strings.ts'

function asBilingual(value: unknown): { fr: string; en: string } {
  if (typeof value === 'string') return { fr: value, en: '' }
  const v = (value ?? {}) as Partial<Bilingual>
  return { fr: v.fr ?? '', en: v.en ?? '' }
}

/** The défi's pitch in both languages, sent to the draft as the team's edit (`defi.set pitch`). */
export function PitchForm({
  lang,
  token,
  defiId,
  pitch,
}: {
  lang: Language
  token: string
  defiId: string
  pitch: unknown
}) {
  const [value, setValue] = useState(() => asBilingual(pitch))
  const [result, setResult] = useState<'saved' | Bilingual | null>(null)
  const fields = [
    ['fr', 'Français'],
    ['en', 'English'],
  ] as const
  return (
    <form
      className="fr-mt-4w"
      onSubmit={(e) => {
        e.preventDefault()
        const next = Object.fromEntries(Object.entries(value).filter(([, v]) => v.trim() !== ''))
        void sendTeamCommands(token, [{ type: 'defi.set', defi: defiId, field: 'pitch', value: next }]).then((error) =>
          setResult(error ?? 'saved'),
        )
      }}
    >
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{s(lang, 'pitch')}</legend>
        {fields.map(([code, name]) => (
          <div className="fr-input-group fr-fieldset__element" key={code}>
            <label className="fr-label" htmlFor={`pitch-${code}`}>
              {name}
            </label>
            <textarea
              className="fr-input"
              id={`pitch-${code}`}
              lang={code}
              value={value[code]}
              onChange={(e) => setValue({ ...value, [code]: e.currentTarget.value })}
            />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="fr-btn">
        {s(lang, 'save')}
      </button>
      {result === 'saved' && <p className="fr-message fr-message--valid">{s(lang, 'saved')}</p>}
      {result && result !== 'saved' && <p className="fr-message fr-message--error">{result[lang]}</p>}
    </form>
  )
}
