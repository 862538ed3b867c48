import type { ReactNode } from 'react'

/** One row of a list being edited, with its remove button. */
export function Row({ children, onRemove, label }: { children: ReactNode; onRemove: () => void; label: string }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-1w">
      {children}
      <div className="fr-col-auto">
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={onRemove}>
          {label}
        </button>
      </div>
    </div>
  )
}

/** A text input with its label, as a column of a row. */
export function Field(props: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  type?: string
}) {
  return (
    <div className="fr-col fr-input-group fr-mb-0">
      <label className="fr-label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        className="fr-input"
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </div>
  )
}
