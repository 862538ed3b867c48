import { useState } from 'react'
import type { Bilingual } from '../../manifest/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { sendTeamCommands } from './api.ts'
import { KINDS, linksOf, linksValue, membersOf, membersValue, type Link, type Member } from './lists.ts'
import { Field, Row } from './ListRow.tsx'
import { s } from './strings.ts'

/** The défi's deliverable links and team list, sent to the draft as the team's edit (`defi.set`). */
export function ListsForm(props: {
  lang: Language
  token: string
  defiId: string
  deliverables: unknown
  team: unknown
}) {
  const { lang } = props
  const [links, setLinks] = useState(() => linksOf(props.deliverables, lang))
  const [members, setMembers] = useState(() => membersOf(props.team, lang))
  const [result, setResult] = useState<'saved' | Bilingual | null>(null)
  const setLink = (i: number, patch: Partial<Link>) => setLinks(links.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  const setMember = (i: number, patch: Partial<Member>) =>
    setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  return (
    <form
      className="fr-mt-4w"
      onSubmit={(e) => {
        e.preventDefault()
        const deliverables = linksValue(links)
        const team = membersValue(members)
        void sendTeamCommands(props.token, [
          { type: 'defi.set', defi: props.defiId, field: 'deliverables', value: deliverables },
          { type: 'defi.set', defi: props.defiId, field: 'team', value: team },
        ]).then((error) => setResult(error ?? 'saved'))
      }}
    >
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{s(lang, 'deliverables')}</legend>
        {links.map((link, i) => (
          <Row key={i} onRemove={() => setLinks(links.filter((_, j) => j !== i))} label={s(lang, 'remove')}>
            <Field
              id={`link-title-${i}`}
              label={s(lang, 'linkTitle')}
              value={link.title}
              onChange={(title) => setLink(i, { title })}
            />
            <div className="fr-col-auto fr-select-group fr-mb-0">
              <label className="fr-label" htmlFor={`link-kind-${i}`}>
                {s(lang, 'linkKind')}
              </label>
              <select
                className="fr-select"
                id={`link-kind-${i}`}
                value={link.kind}
                onChange={(e) => setLink(i, { kind: e.currentTarget.value as Link['kind'] })}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id={`link-url-${i}`}
              label="URL"
              type="url"
              value={link.url}
              onChange={(url) => setLink(i, { url })}
            />
          </Row>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          onClick={() => setLinks([...links, { title: '', kind: 'website', url: '' }])}
        >
          {s(lang, 'addLink')}
        </button>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{s(lang, 'team')}</legend>
        {members.map((member, i) => (
          <Row key={i} onRemove={() => setMembers(members.filter((_, j) => j !== i))} label={s(lang, 'remove')}>
            <Field
              id={`member-name-${i}`}
              label={s(lang, 'memberName')}
              value={member.name}
              onChange={(name) => setMember(i, { name })}
            />
            <Field
              id={`member-role-${i}`}
              label={s(lang, 'memberRole')}
              value={member.role}
              onChange={(role) => setMember(i, { role })}
            />
          </Row>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm"
          onClick={() => setMembers([...members, { name: '', role: '' }])}
        >
          {s(lang, 'addMember')}
        </button>
      </fieldset>
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
