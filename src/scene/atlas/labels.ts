import type { Language } from '../../manifest/index.ts'

const fr = {
  deliverables: 'Productions',
  inShort: 'En bref',
  noVideo: 'Vidéo indisponible',
  programme: 'Programme',
  now: 'En cours',
  noProgramme: 'Le programme n’est pas encore publié.',
  live: 'En direct',
  more: (n: number): string => `+ ${n} autre${n > 1 ? 's' : ''}`,
  kinds: {
    website: 'Site',
    'source-code': 'Code source',
    dataset: 'Données',
    report: 'Rapport',
    video: 'Vidéo',
  },
} as const

type Labels = {
  [K in keyof typeof fr]: K extends 'kinds'
    ? Record<keyof typeof fr.kinds, string>
    : K extends 'more'
      ? (n: number) => string
      : string
}

const en: Labels = {
  deliverables: 'Deliverables',
  inShort: 'In short',
  noVideo: 'Video unavailable',
  programme: 'Programme',
  now: 'Now',
  noProgramme: 'The programme is not published yet.',
  live: 'Live',
  more: (n) => `+ ${n} more`,
  kinds: { website: 'Website', 'source-code': 'Source code', dataset: 'Data', report: 'Report', video: 'Video' },
}

/** The few words painted in the scene, in the interface language. */
export const sceneLabels = (lang: Language): Labels => (lang === 'fr' ? fr : en)
