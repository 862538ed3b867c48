import { Tag } from '@codegouvfr/react-dsfr/Tag'
import type { Language } from '../manifest/fields.ts'
import type { Manifest, Room } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { Crumbs } from './Crumbs.tsx'
import { kindLabel, t } from './i18n.ts'
import { lobbyHref } from './links.ts'
import { MediaVideo } from './MediaVideo.tsx'
import { PersonList } from './PersonList.tsx'
import { textAttrs, titleAttrs, UserText } from './UserText.tsx'

/** The auditorium: every recorded panel and round table with its speakers and video. */
export function AuditoriumPage({ lang, manifest, room }: { lang: Language; manifest: Manifest; room: Room }) {
  const { exhibition } = manifest
  const title = localize(room.title, lang)
  return (
    <>
      <Crumbs
        lang={lang}
        trail={[{ label: <UserText text={exhibition.title} lang={lang} />, href: lobbyHref(exhibition.id) }]}
        current={<UserText text={room.title} lang={lang} />}
      />
      <h1 {...titleAttrs(room.title, lang)}>{title}</h1>
      <h2>{t(lang, 'auditorium.recordings')}</h2>
      {manifest.recordings.length === 0 ? (
        <p>{t(lang, 'auditorium.none')}</p>
      ) : (
        <ul className="fr-raw-list" data-testid="recordings">
          {manifest.recordings.map((recording) => {
            const recordingTitle = localize(recording.title, lang)
            return (
              <li key={recording.id} id={recording.id} className="fr-mb-6w">
                <article aria-labelledby={`${recording.id}-title`}>
                  <h3 id={`${recording.id}-title`} {...textAttrs(recording.title, lang)}>
                    {recordingTitle}
                  </h3>
                  <Tag small>{kindLabel(lang, recording.kind)}</Tag>
                  {recording.description && (
                    <p {...textAttrs(recording.description, lang)}>{localize(recording.description, lang)}</p>
                  )}
                  {recording.moderator && (
                    <>
                      <h4 className="fr-h6 fr-mb-1v">{t(lang, 'recording.moderator')}</h4>
                      <PersonList lang={lang} people={[recording.moderator]} />
                    </>
                  )}
                  {recording.speakers.length > 0 && (
                    <>
                      <h4 className="fr-h6 fr-mb-1v">{t(lang, 'recording.speakers')}</h4>
                      <PersonList lang={lang} people={recording.speakers} />
                    </>
                  )}
                  <MediaVideo lang={lang} media={recording.media} title={recordingTitle} transcriptHeading="h4" />
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
