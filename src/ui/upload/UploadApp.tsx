import { useCallback, useEffect, useState } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { MediaSet } from '../../manifest/schema.ts'
import { MediaVideo } from '../MediaVideo.tsx'
import { fetchTeam, type Team, type TeamUpload } from './api.ts'
import { FileField } from './FileField.tsx'
import { ListsForm } from './ListsForm.tsx'
import { TextsForm } from './TextsForm.tsx'
import { StandPreview } from './StandPreview.tsx'
import { s } from './strings.ts'

const BUSY = new Set<TeamUpload['state']>(['uploading', 'checking', 'transcoding'])

function latestOf(uploads: TeamUpload[], kind: TeamUpload['kind'], lang?: string): TeamUpload | undefined {
  return uploads.find((u) => u.kind === kind && (lang === undefined || u.lang === lang))
}

/** The preview of the latest transcoded video, with the captions the team sent, once it is ready. */
function previewOf(uploads: TeamUpload[]): MediaSet | null {
  const video = uploads.find((u) => u.kind === 'video' && u.state === 'ready')
  if (!video?.media?.mp4) return null
  const captions = uploads
    .filter((u) => u.kind === 'captions' && u.state === 'ready')
    .flatMap((u) => u.media?.captions ?? [])
    .filter((c, i, all) => all.findIndex((d) => d.lang === c.lang) === i)
    .map((c) => ({ lang: c.lang as Language, src: c.src }))
  const poster = video.media.poster ?? uploads.find((u) => u.kind === 'poster' && u.state === 'ready')?.media?.poster
  return {
    mp4: video.media.mp4,
    captions,
    ...(poster && { poster: { src: poster.src, alt: { fr: 'Affiche', en: 'Poster' } } }),
  }
}

/** The page a team link opens (`/upload/:token`): its défi as visitors see it, its uploads, its texts. */
export default function UploadApp({ token, initialLang }: { token: string; initialLang: Language }) {
  const [lang, setLang] = useState<Language>(initialLang)
  const [team, setTeam] = useState<Team | null | undefined>(undefined)
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((n) => n + 1), [])

  useEffect(() => {
    let stop = false
    void fetchTeam(token).then(
      (t) => !stop && setTeam(t),
      () => undefined,
    )
    return () => {
      stop = true
    }
  }, [token, tick])
  // While the server checks or converts something, its state is read again every second and a half.
  const busy = team?.uploads.some((u) => BUSY.has(u.state)) ?? false
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(refresh, 1500)
    return () => clearInterval(timer)
  }, [busy, refresh])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = s(lang, 'title')
  }, [lang])

  if (team === undefined) return <p className="fr-container fr-my-4w">{s(lang, 'loading')}</p>
  if (team === null) {
    return (
      <main className="fr-container fr-my-4w" id="contenu">
        <h1>{s(lang, 'title')}</h1>
        <p className="fr-alert fr-alert--error">{s(lang, 'refusedLink')}</p>
      </main>
    )
  }
  const { defi, uploads } = team
  const preview = previewOf(uploads)
  const field = { lang, token, onSent: refresh }
  return (
    <main className="fr-container fr-my-4w" id="contenu">
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-btn--sm"
        onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}
      >
        {s(lang, 'other')}
      </button>
      <p className="fr-mt-2w">{s(lang, 'intro')}</p>
      <StandPreview lang={lang} defi={defi} />
      <h2>{s(lang, 'title')}</h2>
      <FileField
        {...field}
        label={s(lang, 'video')}
        kind="video"
        accept="video/*,.mp4,.mov,.mkv,.webm"
        latest={latestOf(uploads, 'video')}
      />
      <FileField
        {...field}
        label={s(lang, 'poster')}
        kind="poster"
        accept="image/jpeg,image/png,image/webp"
        latest={latestOf(uploads, 'poster')}
      />
      <FileField
        {...field}
        label={s(lang, 'captionsFr')}
        kind="captions"
        captionsLang="fr"
        accept=".vtt,text/vtt"
        latest={latestOf(uploads, 'captions', 'fr')}
      />
      <FileField
        {...field}
        label={s(lang, 'captionsEn')}
        kind="captions"
        captionsLang="en"
        accept=".vtt,text/vtt"
        latest={latestOf(uploads, 'captions', 'en')}
      />
      {preview && (
        <section aria-labelledby="preview-title" className="fr-mb-4w" data-testid="preview">
          <h2 id="preview-title">{s(lang, 'preview')}</h2>
          <MediaVideo lang={lang} media={preview} title={defi.title ?? ''} transcriptHeading="h3" />
          <p className="fr-alert fr-alert--success fr-alert--sm">{s(lang, 'ready')}</p>
        </section>
      )}
      <TextsForm lang={lang} token={token} defiId={defi.id} pitch={defi.pitch} description={defi.description} />
      <ListsForm lang={lang} token={token} defiId={defi.id} deliverables={defi.deliverables} team={defi.team} />
    </main>
  )
}
