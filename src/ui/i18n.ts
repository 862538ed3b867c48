import type { Language, LocalizedText } from '../manifest/fields.ts'

const fr = {
  // The site's name and tagline where no exhibition names its own (`exhibition.site` in the manifest).
  'site.title': 'Vernissage',
  'site.tagline': 'Les Demo Days en exposition virtuelle',
  'site.brandTop': 'République\nFrançaise',
  'site.home': 'Accueil',
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
  'defi.comingSoon': 'à venir',
  'session.room': 'Lieu',
  'session.live': 'Suivre en direct',
  'session.recording': 'Voir l’enregistrement',
  'auditorium.recordings': 'Les enregistrements',
  'auditorium.none': 'Aucun enregistrement pour le moment.',
  'recording.moderator': 'Animation',
  'recording.speakers': 'Intervenants',
  'video.download': 'Télécharger la vidéo (MP4)',
  'video.play': 'Lire la vidéo',
  'video.unsupported': 'Votre navigateur ne lit pas cette vidéo.',
  loading: 'Chargement…',
  'footer.credits': 'Crédits',
  'footer.licence': 'Sauf mention contraire, les contenus de cette exposition sont publiés sous',
  'transcript.title': 'Transcription',
  'transcript.seek': 'Lire la vidéo à partir de',
  'transcript.loading': 'Chargement de la transcription…',
  'transcript.error': 'La transcription n’a pas pu être chargée. Les sous-titres restent disponibles dans le lecteur.',
  'transcript.onlyFr': 'Transcription disponible en français seulement.',
  'transcript.onlyEn': 'Transcription disponible en anglais seulement.',
  'view.3d': 'Version 3D',
  'view.3dLabel': 'Visiter cette page dans l’exposition en 3D',
  'tour.title': 'Visite guidée',
  'tour.intro': 'à découvrir l’un après l’autre, salle par salle, avec les liens « Défi suivant ».',
  'tour.start': 'Commencer la visite guidée',
  'tour.step': 'Étape',
  'tour.of': 'sur',
  'footer.openData': 'Données ouvertes\u00a0:',
  'footer.openDataJson': 'manifeste public (JSON)',
  'footer.openDataCsv': 'un défi par ligne (CSV)',
  'booklet.title': 'Livret de restitution',
  'booklet.link': 'Le livret de restitution, à imprimer',
  'booklet.print': 'Imprimer le livret',
  'booklet.intro': 'Toute l’exposition sur papier ou en PDF : chaque code QR mène au stand en ligne du défi.',
  'booklet.contents': 'Sommaire',
  'booklet.stand': 'Stand en ligne',
  'booklet.qr': 'Code QR du stand',
  'booklet.credits': 'Crédits et licence',
} as const

/** A key of the interface dictionary. */
export type MessageKey = keyof typeof fr

const en: Record<MessageKey, string> = {
  'site.title': 'Vernissage',
  'site.tagline': 'Demo Days as virtual exhibitions',
  'site.brandTop': 'République\nFrançaise',
  'site.home': 'Home',
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
  'defi.comingSoon': 'coming soon',
  'session.room': 'Where',
  'session.live': 'Watch live',
  'session.recording': 'Watch the recording',
  'auditorium.recordings': 'Recordings',
  'auditorium.none': 'No recording yet.',
  'recording.moderator': 'Moderator',
  'recording.speakers': 'Speakers',
  'video.download': 'Download the video (MP4)',
  'video.play': 'Play the video',
  'video.unsupported': 'Your browser cannot play this video.',
  loading: 'Loading…',
  'footer.credits': 'Credits',
  'footer.licence': 'Unless stated otherwise, the contents of this exhibition are published under',
  'transcript.title': 'Transcript',
  'transcript.seek': 'Play the video from',
  'transcript.loading': 'Loading the transcript…',
  'transcript.error': 'The transcript could not be loaded. Captions are still available in the player.',
  'transcript.onlyFr': 'Transcript available in French only.',
  'transcript.onlyEn': 'Transcript available in English only.',
  'view.3d': '3D version',
  'view.3dLabel': 'Visit this page in the 3D exhibition',
  'tour.title': 'Guided tour',
  'tour.intro': 'to discover one after the other, room by room, with the “Next challenge” links.',
  'tour.start': 'Start the guided tour',
  'tour.step': 'Stop',
  'tour.of': 'of',
  'footer.openData': 'Open data:',
  'footer.openDataJson': 'public manifest (JSON)',
  'footer.openDataCsv': 'one challenge per row (CSV)',
  'booklet.title': 'Exhibition booklet',
  'booklet.link': 'The exhibition booklet, to print',
  'booklet.print': 'Print the booklet',
  'booklet.intro': 'The whole exhibition on paper or as a PDF: each QR code leads to the challenge’s online stand.',
  'booklet.contents': 'Contents',
  'booklet.stand': 'Online stand',
  'booklet.qr': 'QR code of the stand',
  'booklet.credits': 'Credits and licence',
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

/**
 * The language a localized field is shown in when it differs from `lang` (the field fell back to the other
 * language), for the `lang` attribute of the element that shows it; undefined when it matches or is unknown.
 */
export function fallbackLang(text: LocalizedText | undefined, lang: Language): Language | undefined {
  if (text === undefined || typeof text === 'string' || text[lang] !== undefined) return undefined
  return text.fr !== undefined ? 'fr' : 'en'
}
