import type { Language } from '../../manifest/fields.ts'
import type { Exhibition } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'
import { translator, type Dictionary } from '../../manifest/translations.ts'

// The 3D overlays' words live beside them rather than in ../i18n.ts: they load with the overlays' chunk, so the 2D
// pages (held to a tighter JS budget) never download them.
/** The 3D overlays' words, each in every language. */
export const OVERLAY_MESSAGES = {
  to2d: { fr: 'Version 2D', en: '2D version' },
  to2dLabel: { fr: 'Voir cette page dans la version 2D, accessible', en: 'See this page in the accessible 2D version' },
  sceneName: { fr: 'Exposition en 3D', en: '3D exhibition' },
  help: {
    fr: 'Flèches haut et bas : avancer et reculer ; flèches gauche et droite : tourner ; Z, Q, S, D (W, A, S, D en QWERTY) : marcher et faire un pas de côté. Glissez pour regarder autour de vous ; cliquez ou touchez le sol pour y aller, un stand pour vous placer devant. N ou Page suivante : stand suivant ; P ou Page précédente : stand précédent ; R : salle suivante ; Entrée : ouvrir le stand en face ; Échap : fermer.',
    en: 'Up and down arrows: walk forward and back; left and right arrows: turn; W, A, S, D (Z, Q, S, D on AZERTY): walk and step sideways. Drag to look around; click or tap the floor to go there, a stand to stand in front of it. N or Page Down: next stand; P or Page Up: previous stand; R: next room; Enter: open the stand in front of you; Escape: close.',
  },
  room: { fr: 'Salle', en: 'Room' },
  stand: { fr: 'Stand', en: 'Stand' },
  navLabel: { fr: 'Se déplacer', en: 'Getting around' },
  previousStand: { fr: 'Stand précédent', en: 'Previous stand' },
  nextStand: { fr: 'Stand suivant', en: 'Next stand' },
  nextRoom: { fr: 'Salle suivante', en: 'Next room' },
  facing: { fr: 'Devant vous', en: 'In front of you' },
  open: { fr: 'Ouvrir la fiche', en: 'Open the stand' },
  close: { fr: 'Fermer', en: 'Close' },
  closePanel: { fr: 'Fermer la fiche du stand', en: 'Close the stand' },
  share: { fr: 'Partager ce stand', en: 'Share this stand' },
  copied: { fr: 'Lien du stand copié.', en: 'Link to the stand copied.' },
  copyHere: { fr: 'Lien du stand :', en: 'Link to the stand:' },
  panelLabel: { fr: 'Fiche du stand', en: 'Stand details' },
  tourStart: { fr: 'Visite guidée', en: 'Guided tour' },
  tourLabel: { fr: 'Visite guidée', en: 'Guided tour' },
  tourStep: { fr: 'Stand {n} sur {total}', en: 'Stand {n} of {total}' },
  tourPause: { fr: 'Pause', en: 'Pause' },
  tourResume: { fr: 'Reprendre', en: 'Resume' },
  tourNext: { fr: 'Stand suivant', en: 'Next stand' },
  tourPrevious: { fr: 'Stand précédent', en: 'Previous stand' },
  tourLeave: { fr: 'Quitter la visite', en: 'Leave the tour' },
  tourDone: {
    fr: 'Fin de la visite guidée : vous avez vu tous les stands.',
    en: 'End of the guided tour: you have seen every stand.',
  },
  tourPaused: { fr: 'en pause', en: 'paused' },
  nowOn: { fr: 'En ce moment', en: 'Happening now' },
  nowNext: { fr: 'À venir', en: 'Coming up' },
  nowGo: { fr: 'Y aller', en: 'Go there' },
  searchLabel: {
    fr: 'Rechercher un défi, une administration, une personne ou un thème',
    en: 'Search a challenge, an administration, a person or a theme',
  },
  searchResults: { fr: 'Résultats de la recherche', en: 'Search results' },
  searchNone: { fr: 'Aucun résultat', en: 'No result' },
  searchCount: {
    fr: '{n} résultat(s), flèches haut et bas pour parcourir, Entrée pour y aller',
    en: '{n} result(s), up and down arrows to browse, Enter to go',
  },
  administration: { fr: 'Administration', en: 'Administration' },
  person: { fr: 'Personne', en: 'Person' },
  theme: { fr: 'Thème', en: 'Theme' },
  roomResult: { fr: 'Salle', en: 'Room' },
  stick: {
    fr: 'Manette : faites glisser pour avancer, reculer ou aller de côté',
    en: 'Stick: drag to walk forward, back or sideways',
  },
} as const satisfies Dictionary
/** A key of the overlays' dictionary. */
export type OverlayKey = keyof typeof OVERLAY_MESSAGES

/** The overlay string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export const say = translator(OVERLAY_MESSAGES)

/** « Visite guidée », or « Visite guidée « Vernissage » » when the manifest names its tour (`exhibition.site.tourName`). */
export function tourName(lang: Language, exhibition: Pick<Exhibition, 'site'> | undefined): string {
  const name = exhibition?.site?.tourName
  if (!name) return say(lang, 'tourStart')
  const text = localize(name, lang)
  return lang === 'fr' ? `${say(lang, 'tourStart')} « ${text} »` : `${say(lang, 'tourStart')} “${text}”`
}

/** « Salle « Données » » in French, "Room “Data”" in English: what is announced on entering a room. */
export function roomAnnouncement(lang: Language, title: string): string {
  return lang === 'fr' ? `${say(lang, 'room')} «\u00a0${title}\u00a0»` : `${say(lang, 'room')} “${title}”`
}
