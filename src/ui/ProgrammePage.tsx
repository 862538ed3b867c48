import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { Crumbs } from './Crumbs.tsx'
import { t } from './i18n.ts'
import { lobbyHref } from './links.ts'
import { ProgrammeList } from './ProgrammeList.tsx'
import { UserText } from './UserText.tsx'

/** The programme of the Demo Day on its own page. */
export function ProgrammePage({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const { exhibition } = manifest
  return (
    <>
      <Crumbs
        lang={lang}
        trail={[{ label: <UserText text={exhibition.title} lang={lang} />, href: lobbyHref(exhibition.id) }]}
        current={t(lang, 'exhibition.programme')}
      />
      <h1>
        {t(lang, 'exhibition.programme')} – <UserText text={exhibition.title} lang={lang} />
      </h1>
      <ProgrammeList lang={lang} manifest={manifest} headingLevel="h2" />
    </>
  )
}
