import type { Language, LocalizedText } from '../manifest/fields.ts'
import { translator, type Dictionary } from '../manifest/translations.ts'

/** The 2D interface's words, each in every language. */
export const MESSAGES = {
  // The site's name and tagline where no exhibition names its own (`exhibition.site` in the manifest).
  'site.title': { fr: 'Vernissage', en: 'Vernissage' },
  'site.tagline': { fr: 'Les Demo Days en exposition virtuelle', en: 'Demo Days as virtual exhibitions' },
  'site.brandTop': { fr: 'République\nFrançaise', en: 'République\nFrançaise' },
  'site.home': { fr: 'Accueil', en: 'Home' },
  'skip.content': { fr: 'Contenu', en: 'Content' },
  'skip.footer': { fr: 'Pied de page', en: 'Footer' },
  'language.switch': { fr: 'English', en: 'Français' },
  'language.switchLabel': { fr: 'Read this site in English', en: 'Lire ce site en français' },
  'exhibitions.heading': { fr: 'Les expositions', en: 'Exhibitions' },
  'exhibitions.intro': {
    fr: 'Chaque promotion présente ses défis lors de son Demo Day. Choisissez une exposition.',
    en: 'Each class presents its challenges at its Demo Day. Pick an exhibition.',
  },
  'exhibitions.none': { fr: 'Aucune exposition n’est publiée pour le moment.', en: 'No exhibition is published yet.' },
  'exhibition.promotion': { fr: 'Promotion', en: 'Class' },
  'exhibition.dates': { fr: 'Dates', en: 'Dates' },
  'exhibition.organiser': { fr: 'Organisation', en: 'Organiser' },
  'exhibition.programme': { fr: 'Programme', en: 'Programme' },
  'exhibition.programmeNone': {
    fr: 'Le programme n’est pas encore publié.',
    en: 'The programme is not published yet.',
  },
  'exhibition.rooms': { fr: 'Les salles', en: 'Rooms' },
  'exhibition.fullProgramme': { fr: 'Voir le programme complet', en: 'See the full programme' },
  'room.stands': { fr: 'Les défis de la salle', en: 'Challenges in this room' },
  'room.empty': { fr: 'Cette salle ne présente aucun défi.', en: 'This room shows no challenge.' },
  'room.visit': { fr: 'Visiter la salle', en: 'Visit the room' },
  'defi.administration': { fr: 'Administration', en: 'Administration' },
  'defi.website': { fr: 'Site de l’administration', en: 'Administration website' },
  'defi.city': { fr: 'Ville', en: 'City' },
  'defi.team': { fr: 'L’équipe', en: 'Team' },
  'defi.mentors': { fr: 'Mentors', en: 'Mentors' },
  'defi.keyFigures': { fr: 'Chiffres clés', en: 'Key figures' },
  'defi.deliverables': { fr: 'Productions', en: 'Deliverables' },
  'defi.video': { fr: 'Restitution vidéo', en: 'Video presentation' },
  'defi.about': { fr: 'Le défi', en: 'The challenge' },
  'defi.previous': { fr: 'Défi précédent', en: 'Previous challenge' },
  'defi.next': { fr: 'Défi suivant', en: 'Next challenge' },
  'defi.pager': { fr: 'Parcourir les défis', en: 'Browse the challenges' },
  'defi.newWindow': { fr: 'nouvelle fenêtre', en: 'new window' },
  'defi.comingSoon': { fr: 'à venir', en: 'coming soon' },
  'session.room': { fr: 'Lieu', en: 'Where' },
  'session.live': { fr: 'Suivre en direct', en: 'Watch live' },
  'session.recording': { fr: 'Voir l’enregistrement', en: 'Watch the recording' },
  'auditorium.recordings': { fr: 'Les enregistrements', en: 'Recordings' },
  'auditorium.none': { fr: 'Aucun enregistrement pour le moment.', en: 'No recording yet.' },
  'recording.moderator': { fr: 'Animation', en: 'Moderator' },
  'recording.speakers': { fr: 'Intervenants', en: 'Speakers' },
  'video.download': { fr: 'Télécharger la vidéo (MP4)', en: 'Download the video (MP4)' },
  'video.play': { fr: 'Lire la vidéo', en: 'Play the video' },
  'video.unsupported': { fr: 'Votre navigateur ne lit pas cette vidéo.', en: 'Your browser cannot play this video.' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  'view.loading3d': { fr: 'Chargement de l’exposition en 3D…', en: 'Loading the 3D exhibition…' },
  'view.noWebGL': {
    fr: 'Votre navigateur ne peut pas afficher l’exposition en 3D (WebGL 2 est indisponible) : voici sa version 2D.',
    en: 'Your browser cannot show the exhibition in 3D (WebGL 2 is unavailable): here is its 2D version.',
  },
  'footer.credits': { fr: 'Crédits', en: 'Credits' },
  'footer.licence': {
    fr: 'Sauf mention contraire, les contenus de cette exposition sont publiés sous',
    en: 'Unless stated otherwise, the contents of this exhibition are published under',
  },
  'transcript.title': { fr: 'Transcription', en: 'Transcript' },
  'transcript.seek': { fr: 'Lire la vidéo à partir de', en: 'Play the video from' },
  'transcript.loading': { fr: 'Chargement de la transcription…', en: 'Loading the transcript…' },
  'transcript.error': {
    fr: 'La transcription n’a pas pu être chargée. Les sous-titres restent disponibles dans le lecteur.',
    en: 'The transcript could not be loaded. Captions are still available in the player.',
  },
  'transcript.onlyFr': {
    fr: 'Transcription disponible en français seulement.',
    en: 'Transcript available in French only.',
  },
  'transcript.onlyEn': {
    fr: 'Transcription disponible en anglais seulement.',
    en: 'Transcript available in English only.',
  },
  'view.3d': { fr: 'Version 3D', en: '3D version' },
  'view.3dLabel': { fr: 'Visiter cette page dans l’exposition en 3D', en: 'Visit this page in the 3D exhibition' },
  'tour.title': { fr: 'Visite guidée', en: 'Guided tour' },
  'tour.intro': {
    fr: 'à découvrir l’un après l’autre, salle par salle, avec les liens « Défi suivant ».',
    en: 'to discover one after the other, room by room, with the “Next challenge” links.',
  },
  'tour.start': { fr: 'Commencer la visite guidée', en: 'Start the guided tour' },
  'tour.step': { fr: 'Étape', en: 'Stop' },
  'tour.of': { fr: 'sur', en: 'of' },
  'footer.openData': { fr: 'Données ouvertes\u00a0:', en: 'Open data:' },
  'footer.openDataJson': { fr: 'manifeste public (JSON)', en: 'public manifest (JSON)' },
  'footer.openDataCsv': { fr: 'un défi par ligne (CSV)', en: 'one challenge per row (CSV)' },
  'booklet.title': { fr: 'Livret de restitution', en: 'Exhibition booklet' },
  'booklet.link': { fr: 'Le livret de restitution, à imprimer', en: 'The exhibition booklet, to print' },
  'booklet.print': { fr: 'Imprimer le livret', en: 'Print the booklet' },
  'booklet.intro': {
    fr: 'Toute l’exposition sur papier ou en PDF : chaque code QR mène au stand en ligne du défi.',
    en: 'The whole exhibition on paper or as a PDF: each QR code leads to the challenge’s online stand.',
  },
  'booklet.contents': { fr: 'Sommaire', en: 'Contents' },
  'booklet.stand': { fr: 'Stand en ligne', en: 'Online stand' },
  'booklet.qr': { fr: 'Code QR du stand', en: 'QR code of the stand' },
  'booklet.credits': { fr: 'Crédits et licence', en: 'Credits and licence' },
} as const satisfies Dictionary
/** A key of the interface dictionary. */
export type MessageKey = keyof typeof MESSAGES

/** The interface string for `key` in `lang`. */
export const t = translator(MESSAGES)

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
export const KIND_LABELS: Dictionary = {
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
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind]![lang] : kind
}

/**
 * The language a localized field is shown in when it differs from `lang` (the field fell back to the other
 * language), for the `lang` attribute of the element that shows it; undefined when it matches or is unknown.
 */
export function fallbackLang(text: LocalizedText | undefined, lang: Language): Language | undefined {
  if (text === undefined || typeof text === 'string' || text[lang] !== undefined) return undefined
  return text.fr !== undefined ? 'fr' : 'en'
}
