import type { ReactNode } from 'react'
import type { Language } from '../../manifest/fields.ts'
import type { Defi, Person } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { formatNumber } from '../format.ts'
import { fallbackLang, kindLabel, t } from '../i18n.ts'
import { QrCode } from './QrCode.tsx'

function people(lang: Language, list: Person[]): string {
  return list.map((p) => (p.role ? `${p.name} (${localize(p.role, lang)})` : p.name)).join(', ')
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
    [t(lang, 'defi.administration'), [defi.administration.name, defi.city].filter(Boolean).join(', ')],
  ]
  if (defi.administration.website)
    rows.push([t(lang, 'defi.website'), <PrintedUrl url={defi.administration.website} />])
  if (defi.team.length > 0) rows.push([t(lang, 'defi.team'), people(lang, defi.team)])
  if (defi.mentors.length > 0) rows.push([t(lang, 'defi.mentors'), people(lang, defi.mentors)])
  return (
    <article className="booklet-defi fr-mb-4w" aria-labelledby={`booklet-${defi.id}`}>
      <div className="booklet-defi__text">
        <h3 id={`booklet-${defi.id}`} className="fr-h4 fr-mb-1w">
          {defi.title}
        </h3>
        <p className="fr-mb-2w" lang={fallbackLang(defi.pitch, lang)}>
          {localize(defi.pitch, lang)}
        </p>
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
                    <li key={i} lang={fallbackLang(figure.label, lang)}>
                      <strong>
                        {formatNumber(figure.value, lang)}
                        {figure.unit && ` ${figure.unit}`}
                      </strong>{' '}
                      {localize(figure.label, lang)}
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
                      <span lang={fallbackLang(d.title, lang)}>{localize(d.title, lang)}</span> (
                      {kindLabel(lang, d.kind)}) <PrintedUrl url={d.url} />
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
