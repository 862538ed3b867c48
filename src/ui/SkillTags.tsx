import { Tag } from '@codegouvfr/react-dsfr/Tag'
import type { Language } from '../manifest/fields.ts'
import { kindLabel } from './i18n.ts'

/** A défi's skills as a group of small DSFR tags (nothing when it names none): its 2D page and its 3D panel. */
export function SkillTags({ lang, skills }: { lang: Language; skills: readonly string[] }) {
  if (skills.length === 0) return null
  return (
    <ul className="fr-tags-group">
      {skills.map((skill) => (
        <li key={skill}>
          <Tag small>{kindLabel(lang, skill)}</Tag>
        </li>
      ))}
    </ul>
  )
}
