import type { ReactNode } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { Notice } from './draftSession.ts'

/** A label, an input and, when the last refusal was about this field (its manifest path), the validator's message. */
export function Field(props: {
  id: string
  label: string
  lang: Language
  path?: string
  notice?: Notice | null
  children: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; className: string }) => ReactNode
}) {
  const { id, label, lang, path, notice } = props
  const error = path !== undefined && notice?.path !== undefined && notice.path.startsWith(path) ? notice : null
  const describedBy = `${id}-error`
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      {props.children({
        id,
        className: `fr-input${error ? ' fr-input--error' : ''}`,
        ...(error ? { 'aria-describedby': describedBy, 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p id={describedBy} className="fr-error-text">
          {error.message[lang]}
        </p>
      )}
    </div>
  )
}
