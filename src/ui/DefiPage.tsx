import type { Language } from '../manifest/fields.ts'
import type { Manifest } from '../manifest/schema.ts'
import { localize } from '../manifest/text.ts'
import { selectDefiSequence, type Stand } from '../store/selectors.ts'
import { Crumbs } from './Crumbs.tsx'
import { DefiFacts } from './DefiFacts.tsx'
import { DefiPager } from './DefiPager.tsx'
import { t } from './i18n.ts'
import { lobbyHref, roomHref } from './links.ts'
import { Markdown } from './Markdown.tsx'
import { hasPlayableVideo, MediaVideo } from './MediaVideo.tsx'
import { SkillTags } from './SkillTags.tsx'
import { textAttrs, titleAttrs, UserText } from './UserText.tsx'

/** A défi's stand in 2D: pitch, video, description, who made it and what came out of it. */
export function DefiPage({
  lang,
  manifest,
  stand,
  previous,
  next,
}: {
  lang: Language
  manifest: Manifest
  stand: Stand
  previous: Stand | null
  next: Stand | null
}) {
  const { exhibition } = manifest
  const { defi, room } = stand
  const sequence = selectDefiSequence(manifest)
  return (
    <>
      <Crumbs
        lang={lang}
        trail={[
          { label: <UserText text={exhibition.title} lang={lang} />, href: lobbyHref(exhibition.id) },
          { label: <UserText text={room.title} lang={lang} />, href: roomHref(exhibition.id, room.id) },
        ]}
        current={<span dir="auto">{defi.title}</span>}
      />
      <h1 {...titleAttrs(defi.title, lang)}>{defi.title}</h1>
      <p className="fr-text--lead" {...textAttrs(defi.pitch, lang)}>
        {localize(defi.pitch, lang)}
      </p>
      <SkillTags lang={lang} skills={defi.skills} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-8">
          {hasPlayableVideo(defi.media) && (
            <section aria-labelledby="video-title" className="fr-mb-4w">
              <h2 id="video-title">{t(lang, 'defi.video')}</h2>
              <MediaVideo lang={lang} media={defi.media} title={defi.title} transcriptHeading="h3" />
            </section>
          )}
          {defi.description && (
            <section aria-labelledby="about-title" className="fr-mb-4w">
              <h2 id="about-title">{t(lang, 'defi.about')}</h2>
              <div {...textAttrs(defi.description, lang)}>
                <Markdown
                  source={localize(defi.description, lang)}
                  newWindow={t(lang, 'defi.newWindow')}
                  topLevel={3}
                />
              </div>
            </section>
          )}
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <DefiFacts lang={lang} defi={defi} />
        </div>
      </div>
      <DefiPager
        lang={lang}
        exhibition={exhibition.id}
        previous={previous}
        next={next}
        step={{ index: sequence.findIndex((s) => s.defi.id === defi.id) + 1, total: sequence.length }}
      />
    </>
  )
}
