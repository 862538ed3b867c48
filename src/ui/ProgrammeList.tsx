import { Tag } from '@codegouvfr/react-dsfr/Tag'
import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { formatSessionTime } from './format.ts'
import { kindLabel, labelled, t } from './i18n.ts'
import { roomHref } from './links.ts'
import { textAttrs, UserText } from './UserText.tsx'

/** The Demo Day's sessions in time order, times shown in the exhibition's time zone. */
export function ProgrammeList({
  lang,
  manifest,
  headingLevel,
}: {
  lang: Language
  manifest: Manifest
  headingLevel: 'h2' | 'h3'
}) {
  const { programme, id, dates } = manifest.exhibition
  if (programme.length === 0) return <p>{t(lang, 'exhibition.programmeNone')}</p>
  const Heading = headingLevel
  const sessions = [...programme].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const roomTitle = (roomId: string) => manifest.rooms.find((r) => r.id === roomId)?.title
  const auditorium = manifest.rooms.find((r) => r.kind === 'auditorium')
  return (
    <ol className="fr-raw-list" data-testid="programme">
      {sessions.map((session) => (
        <li key={session.id} className="fr-mb-3w">
          <p className="fr-text--sm fr-mb-1v">
            <time dateTime={session.start}>{formatSessionTime(session.start, session.end, dates.timezone, lang)}</time>
          </p>
          <Heading className="fr-h6 fr-mb-1v" {...textAttrs(session.title, lang)}>
            {localize(session.title, lang)}
          </Heading>
          <Tag small>{kindLabel(lang, session.kind)}</Tag>
          {session.description && (
            <p className="fr-mb-1v" {...textAttrs(session.description, lang)}>
              {localize(session.description, lang)}
            </p>
          )}
          <ul className="fr-links-group">
            {session.room && (
              <li>
                {labelled(lang, 'session.room', '')}
                <a href={roomHref(id, session.room)}>
                  <UserText text={roomTitle(session.room)} lang={lang} />
                </a>
              </li>
            )}
            {session.liveStreamUrl && (
              <li>
                <a href={session.liveStreamUrl} target="_blank" rel="noopener">
                  {t(lang, 'session.live')}
                </a>
              </li>
            )}
            {session.recording && auditorium && (
              <li>
                <a href={`${roomHref(id, auditorium.id)}#${session.recording}`}>{t(lang, 'session.recording')}</a>
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  )
}
