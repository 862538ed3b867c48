import { Fragment, type ReactNode } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { Defi, Person } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { formatFigure } from '../format.ts'
import { kindLabel, t } from '../i18n.ts'
import { textAttrs, UserText } from '../UserText.tsx'
import { Markdown } from '../Markdown.tsx'
import { QrCode } from './QrCode.tsx'

function people(lang: Language, list: Person[]): ReactNode {
  return list.map((p, i) => (
    <Fragment key={i}>
      {i > 0 && ', '}
      <span dir="auto">{p.name}</span>
      {p.role && (
        <>
          {' ('}
          <UserText text={p.role} lang={lang} />)
        </>
      )}
    </Fragment>
  ))
}

/** A link whose address is its text, so that it reads the same on paper. */
function PrintedUrl({ url }: { url: string }) {
  return (
    <a className="booklet-url" href={url}>
      {url.replace(/^https?:\/\//, '')}
    </a>
  )
}

/** One défi in the booklet: what it is, who made it, what it produced, and a QR code to its stand. */
export function BookletDefi({ lang, defi, standUrl }: { lang: Language; defi: Defi; standUrl: string }) {
  const rows: [string, ReactNode][] = [
    [
      t(lang, 'defi.administration'),
      <span dir="auto">{[defi.administration.name, defi.city].filter(Boolean).join(', ')}</span>,
    ],
  ]
  if (defi.administration.website)
    rows.push([t(lang, 'defi.website'), <PrintedUrl url={defi.administration.website} />])
  if (defi.team.length > 0) rows.push([t(lang, 'defi.team'), people(lang, defi.team)])
  if (defi.mentors.length > 0) rows.push([t(lang, 'defi.mentors'), people(lang, defi.mentors)])
  return (
    <article className="booklet-defi fr-mb-4w" aria-labelledby={`booklet-${defi.id}`}>
      <div className="booklet-defi__text">
        <h3 id={`booklet-${defi.id}`} className="fr-h4 fr-mb-1w" dir="auto">
          {defi.title}
        </h3>
        <p className="fr-mb-2w" {...textAttrs(defi.pitch, lang)}>
          {localize(defi.pitch, lang)}
        </p>
        {defi.description && (
          <div className="booklet-description fr-text--sm" {...textAttrs(defi.description, lang)}>
            <Markdown source={localize(defi.description, lang)} newWindow={t(lang, 'defi.newWindow')} topLevel={4} />
          </div>
        )}
        <dl className="booklet-facts fr-text--sm">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {defi.keyFigures.length > 0 && (
            <div>
              <dt>{t(lang, 'defi.keyFigures')}</dt>
              <dd>
                <ul>
                  {defi.keyFigures.map((figure, i) => (
                    <li key={i} {...textAttrs(figure.label, lang)}>
                      <strong>{formatFigure(figure, lang)}</strong> {localize(figure.label, lang)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {defi.deliverables.length > 0 && (
            <div>
              <dt>{t(lang, 'defi.deliverables')}</dt>
              <dd>
                <ul>
                  {defi.deliverables.map((d, i) => (
                    <li key={i}>
                      <UserText text={d.title} lang={lang} /> ({kindLabel(lang, d.kind)}){' '}
                      {d.url ? <PrintedUrl url={d.url} /> : t(lang, 'defi.comingSoon')}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </div>
      <p className="booklet-stand fr-text--sm">
        <QrCode url={standUrl} />
        <span className="booklet-stand__label">{t(lang, 'booklet.stand')}</span>
        <PrintedUrl url={standUrl} />
      </p>
    </article>
  )
}
