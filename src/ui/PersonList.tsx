import type { Language } from '../manifest/fields.ts'
import type { Person } from '../manifest/schema.ts'
import { UserText } from './UserText.tsx'

/** People with their role, each name linked to their page when they have one. */
export function PersonList({ lang, people }: { lang: Language; people: Person[] }) {
  return (
    <ul>
      {people.map((person, i) => (
        <li key={i}>
          {person.url ? (
            <a href={person.url} target="_blank" rel="noopener" dir="auto">
              {person.name}
            </a>
          ) : (
            <span dir="auto">{person.name}</span>
          )}
          {person.role && (
            <>
              , <UserText text={person.role} lang={lang} />
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
