import type { Language } from '../manifest/fields.ts'
import type { Person } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'

/** People with their role, each name linked to their page when they have one. */
export function PersonList({ lang, people }: { lang: Language; people: Person[] }) {
  return (
    <ul>
      {people.map((person, i) => (
        <li key={i}>
          {person.url ? (
            <a href={person.url} target="_blank" rel="noopener">
              {person.name}
            </a>
          ) : (
            person.name
          )}
          {person.role && <>, {localize(person.role, lang)}</>}
        </li>
      ))}
    </ul>
  )
}
