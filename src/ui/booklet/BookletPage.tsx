import './booklet.css'
import type { Language } from '../../manifest/fields.ts'
import type { Manifest } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { selectDefiSequence } from '../../store/selectors.ts'
import { Crumbs } from '../Crumbs.tsx'
import { formatDateRange } from '../format.ts'
import { t } from '../i18n.ts'
import { defiHref, lobbyHref } from '../links.ts'
import { ProgrammeList } from '../ProgrammeList.tsx'
import { textAttrs, UserText } from '../UserText.tsx'
import { BookletCover } from './BookletCover.tsx'
import { BookletDefi } from './BookletDefi.tsx'
import { siteOrigin } from './siteOrigin.ts'

/**
 * The booklet ("livret de restitution"): the whole exhibition on one page made for print, a cover, the programme,
 * then a section per room and a block per défi with a QR code to its stand.
 */
export default function BookletPage({ lang, manifest }: { lang: Language; manifest: Manifest }) {
  const { exhibition } = manifest
  const stands = selectDefiSequence(manifest)
  const rooms = manifest.rooms.filter((room) => stands.some((s) => s.room.id === room.id))
  // QR codes must work from paper, so they carry the absolute address of the site that printed them.
  const origin = siteOrigin()
  return (
    <div className="vernissage-booklet">
      <Crumbs
        lang={lang}
        trail={[{ label: <UserText text={exhibition.title} lang={lang} />, href: lobbyHref(exhibition.id) }]}
        current={t(lang, 'booklet.title')}
      />
      <div className="booklet-actions fr-mb-4w">
        <p>{t(lang, 'booklet.intro')}</p>
        <button type="button" className="fr-btn fr-btn--icon-left fr-icon-printer-line" onClick={() => window.print()}>
          {t(lang, 'booklet.print')}
        </button>
      </div>
      <BookletCover
        lang={lang}
        exhibition={exhibition}
        dates={formatDateRange(exhibition.dates.start, exhibition.dates.end, lang)}
      />
      <nav className="booklet-contents fr-mb-4w" aria-labelledby="booklet-contents">
        <h2 id="booklet-contents">{t(lang, 'booklet.contents')}</h2>
        <ol>
          <li>
            <a href="#booklet-programme">{t(lang, 'exhibition.programme')}</a>
          </li>
          {rooms.map((room) => (
            <li key={room.id} {...textAttrs(room.title, lang)}>
              <a href={`#booklet-room-${room.id}`}>{localize(room.title, lang)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section className="booklet-programme" aria-labelledby="booklet-programme">
        <h2 id="booklet-programme">{t(lang, 'exhibition.programme')}</h2>
        <ProgrammeList lang={lang} manifest={manifest} headingLevel="h3" />
      </section>
      {rooms.map((room) => (
        <section key={room.id} className="booklet-room" aria-labelledby={`booklet-room-${room.id}`}>
          <h2 id={`booklet-room-${room.id}`} {...textAttrs(room.title, lang)}>
            {localize(room.title, lang)}
          </h2>
          {stands
            .filter((s) => s.room.id === room.id)
            .map(({ defi }) => (
              <BookletDefi
                key={defi.id}
                lang={lang}
                defi={defi}
                standUrl={`${origin}${defiHref(exhibition.id, room.id, defi.id)}`}
              />
            ))}
        </section>
      ))}
    </div>
  )
}
