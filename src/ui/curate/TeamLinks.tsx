import { useCallback, useEffect, useState } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { curateApi, type TeamLink } from './api.ts'
import { tc } from './strings.ts'

/** A défi's team links: make one (its address shown once, to copy), see when each ends, revoke. */
export function TeamLinks({ lang, id, defi }: { lang: Language; id: string; defi: string }) {
  const [links, setLinks] = useState<TeamLink[]>([])
  const [made, setMade] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const load = useCallback(() => {
    void curateApi
      .teamLinks(id)
      .then((all) => setLinks(all.filter((l) => l.defi === defi)))
      .catch(() => setLinks([]))
  }, [id, defi])
  useEffect(load, [load])
  const make = async () => {
    const link = await curateApi.makeTeamLink(id, defi)
    setMade(link.url)
    setCopied(false)
    load()
  }
  const copy = async () => {
    if (!made) return
    try {
      await navigator.clipboard.writeText(made)
      setCopied(true)
    } catch {
      // No clipboard outside a secure context: the link is selected, for Ctrl+C.
      const code = document.querySelector('[data-team-link]')
      if (code) window.getSelection()?.selectAllChildren(code)
    }
  }
  return (
    <section aria-labelledby="links-title" className="fr-mt-4w">
      <h3 id="links-title" className="fr-h5">
        {tc(lang, 'links.title')}
      </h3>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => void make()}>
        {tc(lang, 'links.make')}
      </button>
      {made && (
        <p className="fr-mt-1w">
          <code data-team-link>{made}</code>{' '}
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => void copy()}>
            {tc(lang, 'links.copy')}
          </button>{' '}
          <span role="status">{copied ? tc(lang, 'links.copied') : ''}</span>
        </p>
      )}
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            #{link.id} –{' '}
            {link.revoked
              ? tc(lang, 'links.revoked')
              : link.expired
                ? tc(lang, 'links.expired')
                : `${tc(lang, 'links.until')} ${link.expiresAt.slice(0, 10)}`}{' '}
            {!link.revoked && !link.expired && (
              <button
                type="button"
                className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                onClick={() => void curateApi.revokeTeamLink(link.id).then(load)}
              >
                {tc(lang, 'links.revoke')} #{link.id}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
