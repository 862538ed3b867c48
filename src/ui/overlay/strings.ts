import type { Language } from '../../manifest/fields.ts'
import type { Exhibition } from '../../manifest/schema.ts'
import { localize } from '../../manifest/text.ts'

// The 3D overlays' words live beside them rather than in ../i18n.ts: they load with the overlays' chunk, so the 2D
// pages (held to a tighter JS budget) never download them.
const fr = {
  to2d: 'Version 2D',
  to2dLabel: 'Voir cette page dans la version 2D, accessible',
  sceneName: 'Exposition en 3D',
  help: 'Flèches haut et bas : avancer et reculer ; flèches gauche et droite : tourner ; Z, Q, S, D (W, A, S, D en QWERTY) : marcher et faire un pas de côté. Glissez pour regarder autour de vous ; cliquez ou touchez le sol pour y aller, un stand pour vous placer devant. N ou Page suivante : stand suivant ; P ou Page précédente : stand précédent ; R : salle suivante ; Entrée : ouvrir le stand en face ; Échap : fermer.',
  room: 'Salle',
  stand: 'Stand',
  navLabel: 'Se déplacer',
  previousStand: 'Stand précédent',
  nextStand: 'Stand suivant',
  nextRoom: 'Salle suivante',
  facing: 'Devant vous',
  open: 'Ouvrir la fiche',
  close: 'Fermer',
  closePanel: 'Fermer la fiche du stand',
  share: 'Partager ce stand',
  copied: 'Lien du stand copié.',
  copyHere: 'Lien du stand :',
  panelLabel: 'Fiche du stand',
  tourStart: 'Visite guidée',
  tourLabel: 'Visite guidée',
  tourStep: 'Stand {n} sur {total}',
  tourPause: 'Pause',
  tourResume: 'Reprendre',
  tourNext: 'Stand suivant',
  tourPrevious: 'Stand précédent',
  tourLeave: 'Quitter la visite',
  tourDone: 'Fin de la visite guidée : vous avez vu tous les stands.',
  tourPaused: 'en pause',
  nowOn: 'En ce moment',
  nowNext: 'À venir',
  nowGo: 'Y aller',
  searchLabel: 'Rechercher un défi, une administration, une personne ou un thème',
  searchResults: 'Résultats de la recherche',
  searchNone: 'Aucun résultat',
  searchCount: '{n} résultat(s), flèches haut et bas pour parcourir, Entrée pour y aller',
  administration: 'Administration',
  person: 'Personne',
  theme: 'Thème',
  roomResult: 'Salle',
  stick: 'Manette : faites glisser pour avancer, reculer ou aller de côté',
} as const

/** A key of the overlays' dictionary. */
export type OverlayKey = keyof typeof fr

const en: Record<OverlayKey, string> = {
  to2d: '2D version',
  to2dLabel: 'See this page in the accessible 2D version',
  sceneName: '3D exhibition',
  help: 'Up and down arrows: walk forward and back; left and right arrows: turn; W, A, S, D (Z, Q, S, D on AZERTY): walk and step sideways. Drag to look around; click or tap the floor to go there, a stand to stand in front of it. N or Page Down: next stand; P or Page Up: previous stand; R: next room; Enter: open the stand in front of you; Escape: close.',
  room: 'Room',
  stand: 'Stand',
  navLabel: 'Getting around',
  previousStand: 'Previous stand',
  nextStand: 'Next stand',
  nextRoom: 'Next room',
  facing: 'In front of you',
  open: 'Open the stand',
  close: 'Close',
  closePanel: 'Close the stand',
  share: 'Share this stand',
  copied: 'Link to the stand copied.',
  copyHere: 'Link to the stand:',
  panelLabel: 'Stand details',
  tourStart: 'Guided tour',
  tourLabel: 'Guided tour',
  tourStep: 'Stand {n} of {total}',
  tourPause: 'Pause',
  tourResume: 'Resume',
  tourNext: 'Next stand',
  tourPrevious: 'Previous stand',
  tourLeave: 'Leave the tour',
  tourDone: 'End of the guided tour: you have seen every stand.',
  tourPaused: 'paused',
  nowOn: 'Happening now',
  nowNext: 'Coming up',
  nowGo: 'Go there',
  searchLabel: 'Search a challenge, an administration, a person or a theme',
  searchResults: 'Search results',
  searchNone: 'No result',
  searchCount: '{n} result(s), up and down arrows to browse, Enter to go',
  administration: 'Administration',
  person: 'Person',
  theme: 'Theme',
  roomResult: 'Room',
  stick: 'Stick: drag to walk forward, back or sideways',
}

const dictionaries: Record<Language, Record<OverlayKey, string>> = { fr, en }

/** The overlay string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function say(lang: Language, key: OverlayKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : all,
  )
}

/** « Visite guidée », or « Visite guidée « Vernissage » » when the manifest names its tour (`exhibition.site.tourName`). */
export function tourName(lang: Language, exhibition: Pick<Exhibition, 'site'> | undefined): string {
  const name = exhibition?.site?.tourName
  if (!name) return say(lang, 'tourStart')
  const text = localize(name, lang)
  return lang === 'fr' ? `${fr.tourStart} « ${text} »` : `${en.tourStart} “${text}”`
}

/** « Salle « Données » » in French, "Room “Data”" in English: what is announced on entering a room. */
export function roomAnnouncement(lang: Language, title: string): string {
  return lang === 'fr' ? `${fr.room} «\u00a0${title}\u00a0»` : `${en.room} “${title}”`
}
