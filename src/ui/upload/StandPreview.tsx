import type { Language } from '../../manifest/fields.ts'
import { Defi } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { DefiFacts } from '../DefiFacts.tsx'
import { fallbackLang, t } from '../i18n.ts'
import { Markdown } from '../Markdown.tsx'
import { SkillTags } from '../SkillTags.tsx'

/**
 * The défi as visitors will see it on its stand's page (pitch, skills, description, administration, team, links),
 * read from the draft with the manifest's own schema; only the title when the draft does not parse yet.
 */
export function StandPreview({ lang, defi }: { lang: Language; defi: { title?: unknown } & Record<string, unknown> }) {
  const parsed = Defi.safeParse(defi)
  if (!parsed.success) return <h1>{typeof defi.title === 'string' ? defi.title : ''}</h1>
  const d = parsed.data
  return (
    <>
      <h1>{d.title}</h1>
      <p className="fr-text--lead" lang={fallbackLang(d.pitch, lang)}>
        {localize(d.pitch, lang)}
      </p>
      <SkillTags lang={lang} skills={d.skills} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-8">
          {d.description && (
            <div lang={fallbackLang(d.description, lang)}>
              <Markdown source={localize(d.description, lang)} newWindow={t(lang, 'defi.newWindow')} />
            </div>
          )}
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <DefiFacts lang={lang} defi={d} />
        </div>
      </div>
    </>
  )
}
