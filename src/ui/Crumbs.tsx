import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import type { ReactNode } from 'react'
import type { Language } from '../manifest/fields.ts'
import { t } from './i18n.ts'

/** The DSFR breadcrumb: home, then the given ancestors, then the current page. */
export function Crumbs({
  lang,
  trail,
  current,
}: {
  lang: Language
  trail: { label: ReactNode; href: string }[]
  current: ReactNode
}) {
  return (
    <Breadcrumb
      homeLinkProps={{ href: '/', title: t(lang, 'site.home') }}
      segments={trail.map((s) => ({ label: s.label, linkProps: { href: s.href } }))}
      currentPageLabel={current}
    />
  )
}
