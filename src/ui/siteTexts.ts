import type { Language } from '../manifest/fields.ts'
import type { Exhibition } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { t } from './i18n.ts'

/** How the site names itself on a page: its title, tagline, and the home link's label. */
export type SiteTexts = { title: string; tagline: string; home: string }

/**
 * The site's name and tagline on an exhibition's pages: what its manifest says (`exhibition.site`), else the
 * neutral defaults, so that a programme never shows another programme's name.
 */
export function siteTexts(lang: Language, exhibition?: Pick<Exhibition, 'site'>): SiteTexts {
  const site = exhibition?.site
  const title = site?.title ? localize(site.title, lang) : t(lang, 'site.title')
  const tagline = site?.tagline ? localize(site.tagline, lang) : t(lang, 'site.tagline')
  return { title, tagline, home: `${t(lang, 'site.home')} – ${title}` }
}
