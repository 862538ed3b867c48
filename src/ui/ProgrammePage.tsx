import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { Crumbs } from './Crumbs.tsx'
import { t } from './i18n.ts'
import { lobbyHref } from './links.ts'
import { ProgrammeList } from './ProgrammeList.tsx'

/** The programme of the Demo Day on its own page. */
export function ProgrammePage({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const { exhibition } = manifest
  const title = localize(exhibition.title, lang)
  return (
    <>
      <Crumbs
        lang={lang}
        trail={[{ label: title, href: lobbyHref(exhibition.id) }]}
        current={t(lang, 'exhibition.programme')}
      />
      <h1>
        {t(lang, 'exhibition.programme')} – {title}
      </h1>
      <ProgrammeList lang={lang} manifest={manifest} headingLevel="h2" />
    </>
  )
}
