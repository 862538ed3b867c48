import type { Language } from '../manifest/fields.ts'
import { t } from './i18n.ts'

/** The Marianne block's text (« République / Française »), on two lines, for the DSFR header and footer. */
export function BrandTop({ lang }: { lang: Language }) {
  const [first, second] = t(lang, 'site.brandTop').split('\n')
  return (
    <>
      {first}
      <br />
      {second}
    </>
  )
}
