import { useEffect, useId, useMemo } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { TeamUpload } from './api.ts'
import { formatBytes, formatDuration, s } from './strings.ts'
import { useTusUpload } from './useTusUpload.ts'

/** What the server says of the latest upload of this field, in words. */
function serverState(lang: Language, upload: TeamUpload | undefined): string | null {
  if (!upload) return null
  switch (upload.state) {
    case 'uploading':
      return null
    case 'checking':
      return s(lang, 'checking')
    case 'transcoding':
      return `${s(lang, 'transcoding')} : ${upload.percent ?? 0} %`
    case 'refused':
    case 'failed':
      return `${s(lang, upload.state)} : ${upload.reason?.[lang] ?? ''}`
    case 'ready':
      return s(lang, 'ready')
    case 'cancelled':
      return s(lang, 'cancelled')
  }
}

/** One file to send (the video, the poster or one language's captions): picker, progress, cancel, server state. */
export function FileField({
  lang,
  token,
  label,
  kind,
  captionsLang,
  accept,
  latest,
  onSent,
}: {
  lang: Language
  token: string
  label: string
  kind: 'video' | 'poster' | 'captions'
  captionsLang?: string
  accept: string
  latest: TeamUpload | undefined
  onSent: (id: string) => void
}) {
  const id = useId()
  const meta = useMemo(() => ({ kind, ...(captionsLang && { lang: captionsLang }) }), [kind, captionsLang])
  const { progress, start, cancel } = useTusUpload(token, meta)
  const active = progress.phase === 'uploading' || progress.phase === 'retrying'
  const percent = progress.total > 0 ? Math.floor((progress.sent * 100) / progress.total) : 0
  const eta = progress.speed > 0 ? (progress.total - progress.sent) / progress.speed : null
  const server = progress.phase === 'done' || progress.phase === 'idle' ? serverState(lang, latest) : null
  const sentId = progress.phase === 'done' ? progress.uploadId : undefined
  useEffect(() => {
    if (sentId) onSent(sentId)
  }, [sentId, onSent])
  return (
    <div className="fr-upload-group fr-mb-4w" data-kind={kind}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <input
        className="fr-upload"
        type="file"
        id={id}
        accept={accept}
        disabled={active}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) start(file)
        }}
      />
      {active && (
        <div className="fr-mt-2w" role="status">
          <progress max={100} value={percent} aria-label={`${s(lang, 'uploading')} ${percent} %`} />{' '}
          <span data-testid="upload-progress">
            {percent} % · {formatBytes(progress.sent, lang)} / {formatBytes(progress.total, lang)}
            {progress.speed > 0 && ` · ${formatBytes(progress.speed, lang)}/s`}
            {eta !== null && ` · ${formatDuration(eta)} ${s(lang, 'left')}`}
          </span>
          {progress.phase === 'retrying' && <p className="fr-message fr-message--info">{s(lang, 'retrying')}</p>}
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-ml-2w" onClick={cancel}>
            {s(lang, 'cancel')}
          </button>
        </div>
      )}
      {progress.phase === 'error' && <p className="fr-message fr-message--error">{progress.error}</p>}
      {server && (
        <p className="fr-message fr-mt-1w" data-testid={`state-${kind}${captionsLang ? `-${captionsLang}` : ''}`}>
          {server}
        </p>
      )}
    </div>
  )
}
