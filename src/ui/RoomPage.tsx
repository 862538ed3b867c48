import { Card } from '@codegouvfr/react-dsfr/Card'
import type { Language } from '../manifest/fields.ts'
import type { Manifest, Room } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { Crumbs } from './Crumbs.tsx'
import { count, t } from './i18n.ts'
import { defiHref, lobbyHref } from './links.ts'
import { titleAttrs, UserText } from './UserText.tsx'

/** A themed room: its défis as cards, in visiting order. */
export function RoomPage({ lang, manifest, room }: { lang: Language; manifest: Manifest; room: Room }) {
  const { exhibition } = manifest
  const defis = room.stands.flatMap((id) => manifest.defis.find((d) => d.id === id) ?? [])
  const title = localize(room.title, lang)
  return (
    <>
      <Crumbs
        lang={lang}
        trail={[{ label: <UserText text={exhibition.title} lang={lang} />, href: lobbyHref(exhibition.id) }]}
        current={<UserText text={room.title} lang={lang} />}
      />
      <h1 {...titleAttrs(room.title, lang)}>{title}</h1>
      {defis.length === 0 ? (
        <p>{t(lang, 'room.empty')}</p>
      ) : (
        <section aria-labelledby="stands-title">
          <h2 id="stands-title">
            {t(lang, 'room.stands')} <span className="fr-text--md">({count(lang, 'defis', defis.length)})</span>
          </h2>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list" data-testid="stands">
            {defis.map((defi) => (
              <li key={defi.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                <Card
                  titleAs="h3"
                  title={<span {...titleAttrs(defi.title, lang)}>{defi.title}</span>}
                  desc={<UserText text={defi.pitch} lang={lang} />}
                  detail={<span dir="auto">{defi.administration.name}</span>}
                  enlargeLink
                  linkProps={{ href: defiHref(exhibition.id, room.id, defi.id) }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
