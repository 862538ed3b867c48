import { useState, type FormEvent } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { ManifestError } from '../../manifest/index.ts'
import { curateApi, CurateError } from './api.ts'
import { newExhibitionDraft } from './newExhibition.ts'
import { tc, type CurateKey } from './strings.ts'

const INPUTS: { name: string; key: CurateKey; type: string; path: string }[] = [
  { name: 'id', key: 'create.id', type: 'text', path: '$.exhibition.id' },
  { name: 'titleFr', key: 'create.titleFr', type: 'text', path: '$.exhibition.title' },
  { name: 'titleEn', key: 'create.titleEn', type: 'text', path: '$.exhibition.title.en' },
  { name: 'promotion', key: 'create.promotion', type: 'text', path: '$.exhibition.promotion' },
  { name: 'start', key: 'create.start', type: 'date', path: '$.exhibition.dates.start' },
  { name: 'end', key: 'create.end', type: 'date', path: '$.exhibition.dates.end' },
  { name: 'timezone', key: 'create.timezone', type: 'text', path: '$.exhibition.dates.timezone' },
]

/** The form that creates an exhibition: promotion, dates, time zone, languages; the validator's errors by field. */
export function CreateExhibition({ lang, onCreated }: { lang: Language; onCreated: (id: string) => void }) {
  const [errors, setErrors] = useState<ManifestError[]>([])
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const value = (name: string) => String(data.get(name) ?? '')
    const languages = (['fr', 'en'] as const).filter((l) => data.get(`lang-${l}`) === 'on')
    const doc = newExhibitionDraft({
      id: value('id'),
      titleFr: value('titleFr'),
      titleEn: value('titleEn'),
      promotion: value('promotion'),
      start: value('start'),
      end: value('end'),
      timezone: value('timezone'),
      languages,
    })
    try {
      await curateApi.create(doc)
      onCreated(value('id'))
    } catch (error) {
      const body = error instanceof CurateError ? error.body : {}
      setErrors(body.errors ?? [{ path: '$', message: body.error ?? { fr: 'échec', en: 'failed' } }])
    }
  }
  const errorOf = (path: string) => errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-mt-6w fr-col-md-8" noValidate>
      <h2>{tc(lang, 'create.title')}</h2>
      {errors.some((e) => e.path === '$') && (
        <p className="fr-error-text" role="alert">
          {errors.find((e) => e.path === '$')!.message[lang]}
        </p>
      )}
      {INPUTS.map((input) => {
        const error = errorOf(input.path)
        const id = `create-${input.name}`
        return (
          <div key={input.name} className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
            <label className="fr-label" htmlFor={id}>
              {tc(lang, input.key)}
            </label>
            <input
              className="fr-input"
              id={id}
              name={input.name}
              type={input.type}
              defaultValue={input.name === 'timezone' ? 'Europe/Paris' : ''}
              {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
            />
            {error && (
              <p className="fr-error-text" id={`${id}-error`}>
                {error.message[lang]}
              </p>
            )}
          </div>
        )
      })}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{tc(lang, 'create.languages')}</legend>
        {(['fr', 'en'] as const).map((l) => (
          <div key={l} className="fr-checkbox-group fr-mb-1w">
            <input type="checkbox" id={`create-lang-${l}`} name={`lang-${l}`} defaultChecked />
            <label className="fr-label" htmlFor={`create-lang-${l}`}>
              {l === 'fr' ? 'Français' : 'English'}
            </label>
          </div>
        ))}
      </fieldset>
      <button className="fr-btn" type="submit">
        {tc(lang, 'create.submit')}
      </button>
    </form>
  )
}
