import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { Crumbs } from './Crumbs.tsx'
import { formatDateRange } from './format.ts'
import { count, t } from './i18n.ts'
import { defiHref, programmeHref, roomHref } from './links.ts'
import { ProgrammeList } from './ProgrammeList.tsx'
import { TourStart } from './TourStart.tsx'
import { textAttrs, titleAttrs, UserText } from './UserText.tsx'

/** An exhibition's entrance: who, when, the programme, and every room with its stands. */
export function LobbyPage({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const { exhibition } = manifest
  const title = localize(exhibition.title, lang)
  const defis = new Map(manifest.defis.map((d) => [d.id, d]))
  return (
    <>
      <Crumbs lang={lang} trail={[]} current={<UserText text={exhibition.title} lang={lang} />} />
      <h1 {...titleAttrs(exhibition.title, lang)}>{title}</h1>
      {exhibition.subtitle && (
        <p className="fr-text--lead" {...textAttrs(exhibition.subtitle, lang)}>
          {localize(exhibition.subtitle, lang)}
        </p>
      )}
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">{t(lang, 'exhibition.promotion')}</dt>
        <dd dir="auto">{exhibition.promotion.name}</dd>
        <dt className="fr-text--bold">{t(lang, 'exhibition.dates')}</dt>
        <dd>{formatDateRange(exhibition.dates.start, exhibition.dates.end, lang)}</dd>
        <dt className="fr-text--bold">{t(lang, 'exhibition.organiser')}</dt>
        <dd dir="auto">
          {exhibition.organiser.url ? (
            <a href={exhibition.organiser.url} target="_blank" rel="noopener">
              {exhibition.organiser.name}
            </a>
          ) : (
            exhibition.organiser.name
          )}
        </dd>
      </dl>
      <TourStart lang={lang} manifest={manifest} />
      <section aria-labelledby="programme-title" className="fr-mb-4w">
        <h2 id="programme-title">{t(lang, 'exhibition.programme')}</h2>
        <ProgrammeList lang={lang} manifest={manifest} headingLevel="h3" />
        <p>
          <a href={programmeHref(exhibition.id)}>{t(lang, 'exhibition.fullProgramme')}</a>
        </p>
      </section>
      <section aria-labelledby="rooms-title">
        <h2 id="rooms-title">{t(lang, 'exhibition.rooms')}</h2>
        <ul className="fr-raw-list" data-testid="rooms">
          {manifest.rooms.map((room) => {
            const stands = room.stands.flatMap((id) => defis.get(id) ?? [])
            return (
              <li key={room.id} className="fr-mb-3w">
                <h3 className="fr-h5 fr-mb-1w">
                  <a href={roomHref(exhibition.id, room.id)} {...textAttrs(room.title, lang)}>
                    {localize(room.title, lang)}
                  </a>
                </h3>
                {stands.length > 0 && (
                  <>
                    <p className="fr-text--sm fr-mb-1w">{count(lang, 'defis', stands.length)}</p>
                    <ul>
                      {stands.map((defi) => (
                        <li key={defi.id}>
                          <a href={defiHref(exhibition.id, room.id, defi.id)} dir="auto">
                            {defi.title}
                          </a>
                          {' – '}
                          <span dir="auto">{defi.administration.name}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}
