import type { Change } from '../../curation/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { tc } from './strings.ts'

const KIND = {
  fr: { defi: 'Défi', room: 'Salle', session: 'Séance', recording: 'Enregistrement', exhibition: 'Exposition' },
  en: { defi: 'Défi', room: 'Room', session: 'Session', recording: 'Recording', exhibition: 'Exhibition' },
} as const

const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value))

/** Two versions' differences as a table: which thing, which field, before and after. */
export function DiffTable({ lang, changes }: { lang: Language; changes: Change[] }) {
  if (changes.length === 0) return <p role="status">{tc(lang, 'versions.same')}</p>
  return (
    <div className="fr-table fr-mt-2w" role="status">
      <table>
        <thead>
          <tr>
            <th scope="col">{tc(lang, 'versions.what')}</th>
            <th scope="col">{tc(lang, 'versions.before')}</th>
            <th scope="col">{tc(lang, 'versions.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i}>
              <th scope="row">
                {KIND[lang][c.kind]} « {c.id} »{c.field ? ` – ${c.field}` : ''}
              </th>
              <td>{show(c.before)}</td>
              <td>{show(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
