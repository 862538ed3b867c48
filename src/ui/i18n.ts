import type { Language } from '../manifest/fields.ts'

const fr = {
  'site.title': 'Vernissage EIG',
  'site.tagline': 'Le Demo Day des Entrepreneurs d’intérêt général, en exposition virtuelle',
  'site.brandTop': 'République\nFrançaise',
  'site.home': 'Accueil – Vernissage EIG',
  'skip.content': 'Contenu',
  'skip.footer': 'Pied de page',
  'language.switch': 'English',
  'language.switchLabel': 'Read this site in English',
  'exhibitions.heading': 'Les expositions',
  'exhibitions.intro': 'Chaque promotion présente ses défis lors de son Demo Day. Choisissez une exposition.',
  'exhibitions.none': 'Aucune exposition n’est publiée pour le moment.',
  'exhibition.promotion': 'Promotion',
  'exhibition.dates': 'Dates',
  'exhibition.organiser': 'Organisation',
  'exhibition.programme': 'Programme',
  'exhibition.programmeNone': 'Le programme n’est pas encore publié.',
  'exhibition.rooms': 'Les salles',
  'exhibition.fullProgramme': 'Voir le programme complet',
  'room.stands': 'Les défis de la salle',
  'room.empty': 'Cette salle ne présente aucun défi.',
  'room.visit': 'Visiter la salle',
  'defi.administration': 'Administration',
  'defi.website': 'Site de l’administration',
  'defi.city': 'Ville',
  'defi.team': 'L’équipe',
  'defi.mentors': 'Mentors',
  'defi.keyFigures': 'Chiffres clés',
  'defi.deliverables': 'Productions',
  'defi.video': 'Restitution vidéo',
  'defi.about': 'Le défi',
  'defi.previous': 'Défi précédent',
  'defi.next': 'Défi suivant',
  'defi.pager': 'Parcourir les défis',
  'defi.newWindow': 'nouvelle fenêtre',
  'session.room': 'Lieu',
  'session.live': 'Suivre en direct',
  'session.recording': 'Voir l’enregistrement',
  'auditorium.recordings': 'Les enregistrements',
  'auditorium.none': 'Aucun enregistrement pour le moment.',
  'recording.moderator': 'Animation',
  'recording.speakers': 'Intervenants',
  'video.download': 'Télécharger la vidéo (MP4)',
  'video.unsupported': 'Votre navigateur ne lit pas cette vidéo.',
  loading: 'Chargement…',
  'footer.credits': 'Crédits',
  'footer.licence': 'Sauf mention contraire, les contenus de cette exposition sont publiés sous',
  'later.title': 'Bientôt disponible',
  'later.description': 'Cette page arrive dans une prochaine version.',
} as const

/** A key of the interface dictionary. */
export type MessageKey = keyof typeof fr

const en: Record<MessageKey, string> = {
  'site.title': 'EIG Vernissage',
  'site.tagline': 'The Demo Day of the Entrepreneurs d’intérêt général, as a virtual exhibition',
  'site.brandTop': 'République\nFrançaise',
  'site.home': 'Home – EIG Vernissage',
  'skip.content': 'Content',
  'skip.footer': 'Footer',
  'language.switch': 'Français',
  'language.switchLabel': 'Lire ce site en français',
  'exhibitions.heading': 'Exhibitions',
  'exhibitions.intro': 'Each class presents its challenges at its Demo Day. Pick an exhibition.',
  'exhibitions.none': 'No exhibition is published yet.',
  'exhibition.promotion': 'Class',
  'exhibition.dates': 'Dates',
  'exhibition.organiser': 'Organiser',
  'exhibition.programme': 'Programme',
  'exhibition.programmeNone': 'The programme is not published yet.',
  'exhibition.rooms': 'Rooms',
  'exhibition.fullProgramme': 'See the full programme',
  'room.stands': 'Challenges in this room',
  'room.empty': 'This room shows no challenge.',
  'room.visit': 'Visit the room',
  'defi.administration': 'Administration',
  'defi.website': 'Administration website',
  'defi.city': 'City',
  'defi.team': 'Team',
  'defi.mentors': 'Mentors',
  'defi.keyFigures': 'Key figures',
  'defi.deliverables': 'Deliverables',
  'defi.video': 'Video presentation',
  'defi.about': 'The challenge',
  'defi.previous': 'Previous challenge',
  'defi.next': 'Next challenge',
  'defi.pager': 'Browse the challenges',
  'defi.newWindow': 'new window',
  'session.room': 'Where',
  'session.live': 'Watch live',
  'session.recording': 'Watch the recording',
  'auditorium.recordings': 'Recordings',
  'auditorium.none': 'No recording yet.',
  'recording.moderator': 'Moderator',
  'recording.speakers': 'Speakers',
  'video.download': 'Download the video (MP4)',
  'video.unsupported': 'Your browser cannot play this video.',
  loading: 'Loading…',
  'footer.credits': 'Credits',
  'footer.licence': 'Unless stated otherwise, the contents of this exhibition are published under',
  'later.title': 'Coming soon',
  'later.description': 'This page arrives in a later version.',
}

const dictionaries: Record<Language, Record<MessageKey, string>> = { fr, en }

/** The interface string for `key` in `lang`. */
export function t(lang: Language, key: MessageKey): string {
  return dictionaries[lang][key]
}

/** « Ville : Paris » in French (with a no-break space), "City: Paris" in English. */
export function labelled(lang: Language, key: MessageKey, value: string): string {
  return `${t(lang, key)}${lang === 'fr' ? '\u00a0: ' : ': '}${value}`
}

const COUNTED = {
  rooms: { fr: ['salle', 'salles'], en: ['room', 'rooms'] },
  defis: { fr: ['défi', 'défis'], en: ['challenge', 'challenges'] },
  recordings: { fr: ['enregistrement', 'enregistrements'], en: ['recording', 'recordings'] },
} as const

/** A count with its noun, e.g. « 1 salle », « 12 défis », "3 rooms", with the locale's plural rule. */
export function count(lang: Language, what: keyof typeof COUNTED, n: number): string {
  const [one, other] = COUNTED[what][lang]
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? one : other
  return `${new Intl.NumberFormat(lang).format(n)} ${form}`
}

/** Words for the manifest's enumerations, shown as tags. */
export const KIND_LABELS: Record<string, Record<Language, string>> = {
  panel: { fr: 'Panel', en: 'Panel' },
  'round-table': { fr: 'Table ronde', en: 'Round table' },
  talk: { fr: 'Conférence', en: 'Talk' },
  'guided-tour': { fr: 'Visite guidée', en: 'Guided tour' },
  'pitch-session': { fr: 'Pitchs', en: 'Pitch session' },
  encounters: { fr: 'Rencontres', en: 'Meet-ups' },
  website: { fr: 'Site web', en: 'Website' },
  'source-code': { fr: 'Code source', en: 'Source code' },
  dataset: { fr: 'Jeu de données', en: 'Dataset' },
  report: { fr: 'Rapport', en: 'Report' },
  video: { fr: 'Vidéo', en: 'Video' },
  dev: { fr: 'Développement', en: 'Development' },
  design: { fr: 'Design', en: 'Design' },
  datascience: { fr: 'Science des données', en: 'Data science' },
  dataengineering: { fr: 'Ingénierie des données', en: 'Data engineering' },
  geomatics: { fr: 'Géomatique', en: 'Geomatics' },
  product: { fr: 'Produit', en: 'Product' },
}

/** The label of an enumeration value in `lang`, or the value itself when unknown. */
export function kindLabel(lang: Language, kind: string): string {
  return KIND_LABELS[kind]?.[lang] ?? kind
}
