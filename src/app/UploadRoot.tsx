// The team upload page's own chunk: DSFR's stylesheet and the page, nothing of the gallery (no three, no hls.js).
import './dsfr.css'
import type { Language } from '../manifest/fields.ts'
import UploadApp from '../ui/upload/UploadApp.tsx'

/** The upload page for the team token in the URL. */
export default function UploadRoot({ token }: { token: string }) {
  const asked = new URLSearchParams(window.location.search).get('lang')
  const lang: Language = asked === 'en' || asked === 'fr' ? asked : navigator.language.startsWith('fr') ? 'fr' : 'en'
  return <UploadApp token={token} initialLang={lang} />
}
