import { useState } from 'react'
import type { Bilingual } from '../../manifest/index.ts'
import type { Language } from '../../manifest/fields.ts'
import { localize } from '../../manifest/text.ts'
import { sendTeamCommands } from './api.ts'
import { s } from './strings.ts'

const KINDS = ['website', 'source-code', 'dataset', 'report', 'video'] as const

// `shown` is the text in the page's language; `original` the value as the draft holds it (maybe in both languages),
// sent back untouched unless the team changed the text.
type Link = {
  title: string
  kind: (typeof KINDS)[number]
  url: string
  original?: unknown
  shown?: string
  rest?: object
}
type Member = { name: string; role: string; original?: unknown; shown?: string; rest?: object }

function keep(text: string, original: unknown, shown: string | undefined): unknown {
  return original !== undefined && text === shown ? original : text
}

function linksOf(value: unknown, lang: Language): Link[] {
  if (!Array.isArray(value)) return []
  return value.map((d: { title?: unknown; kind?: Link['kind']; url?: string } & object) => {
    const shown = d.title === undefined ? '' : localize(d.title as never, lang)
    const { title: original, kind, url, ...rest } = d
    return { title: shown, kind: kind ?? 'website', url: url ?? '', original, shown, rest }
  })
}

function membersOf(value: unknown, lang: Language): Member[] {
  if (!Array.isArray(value)) return []
  return value.map((p: { name?: string; role?: unknown } & object) => {
    const shown = p.role === undefined ? '' : localize(p.role as never, lang)
    const { name, role: original, ...rest } = p
    return { name: name ?? '', role: shown, original, shown, rest }
  })
}

function Row({ children, onRemove, label }: { children: React.ReactNode; onRemove: () => void; label: string }) {
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

function Field(props: { id: string; label: string; value: string; onChange: (v: string) => void; type?: string }) {
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
        const deliverables = links.map((l) => ({
          ...l.rest,
          title: keep(l.title, l.original, l.shown),
          kind: l.kind,
          url: l.url.trim(),
        }))
        const team = members.map((m) => ({
          ...m.rest,
          name: m.name,
          ...(m.role.trim() && { role: keep(m.role, m.original, m.shown) }),
        }))
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
