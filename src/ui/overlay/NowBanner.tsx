import { useEffect, useState } from 'react'
import { useGallery } from '../galleryContext.ts'
import { formatLocation } from '../../store/routes.ts'
import type { Layout } from '../../layout/index.ts'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { nowFromQuery, sessionAt } from '../../store/programme.ts'
import { textAttrs, UserText } from '../UserText.tsx'
import { say } from './strings.ts'

/** "Now" from `?now=ISO` (a demo of the day itself) or the clock, moving on with the clock, checked each minute. */
function useNow(): number {
  const [start] = useState(() => ({ at: nowFromQuery(window.location.search), clock: Date.now() }))
  const [now, setNow] = useState(start.at)
  useEffect(() => {
    const timer = setInterval(() => setNow(start.at + Date.now() - start.clock), 60_000)
    return () => clearInterval(timer)
  }, [start])
  return now
}

/** Says which session of the programme is on (or comes next), with a link to its room. */
export function NowBanner({ lang, manifest, layout }: { lang: Language; manifest: Manifest; layout: Layout }) {
  const location = useGallery((s) => s.location)
  const now = useNow()
  const found = sessionAt(manifest.exhibition.programme, now)
  if (!found || !('exhibition' in location)) return null
  const { session, when } = found
  const room = layout.rooms.find((r) => r.id === session.room)
  const time = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: manifest.exhibition.dates.timezone,
  })
  const { exhibition, view, lang: urlLang } = location
  const to =
    room && room.kind !== 'lobby'
      ? { name: 'room' as const, exhibition, room: room.id }
      : { name: 'lobby' as const, exhibition }
  return (
    <aside
      className="v3d-box v3d-now"
      aria-label={say(lang, when === 'now' ? 'nowOn' : 'nowNext')}
      data-testid="now-banner"
    >
      <p className="fr-mb-0">
        <span className={`fr-badge fr-badge--sm fr-mr-1w ${when === 'now' ? 'fr-badge--new' : 'fr-badge--info'}`}>
          {say(lang, when === 'now' ? 'nowOn' : 'nowNext')}
        </span>
        <strong {...textAttrs(session.title, lang)}>{localize(session.title, lang)}</strong>{' '}
        <span className="fr-text--sm">
          {time.format(Date.parse(session.start))}–{time.format(Date.parse(session.end))}
          {room && (
            <>
              {' · '}
              <UserText text={room.title} lang={lang} />
            </>
          )}
        </span>{' '}
        {room && (
          <a className="fr-link fr-link--sm" href={formatLocation({ ...to, view, lang: urlLang })}>
            {say(lang, 'nowGo')}
            <span className="fr-sr-only">
              {' : '}
              <UserText text={room.title} lang={lang} />
            </span>
          </a>
        )}
      </p>
    </aside>
  )
}
