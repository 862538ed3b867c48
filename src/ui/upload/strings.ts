import type { Language } from '../../manifest/fields.ts'

const STRINGS = {
  title: { fr: 'Envoyer votre restitution', en: 'Send your restitution' },
  intro: {
    fr: 'Votre défi tel que les visiteurs le verront. Envoyez la vidéo, une affiche et des sous-titres : les envois reprennent seuls après une coupure.',
    en: 'Your défi as visitors will see it. Send the video, a poster and captions: uploads resume by themselves after a dropped connection.',
  },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  refusedLink: {
    fr: 'Ce lien d’équipe est invalide, expiré ou révoqué : demandez-en un nouveau aux organisateurs.',
    en: 'This team link is invalid, expired or revoked: ask the organisers for a new one.',
  },
  video: {
    fr: 'Vidéo (MP4, MOV, MKV ou WebM, 30 minutes au plus)',
    en: 'Video (MP4, MOV, MKV or WebM, 30 minutes at most)',
  },
  poster: { fr: 'Affiche (JPEG, PNG ou WebP)', en: 'Poster (JPEG, PNG or WebP)' },
  captionsFr: { fr: 'Sous-titres en français (.vtt)', en: 'French captions (.vtt)' },
  captionsEn: { fr: 'Sous-titres en anglais (.vtt)', en: 'English captions (.vtt)' },
  cancel: { fr: 'Annuler l’envoi', en: 'Cancel the upload' },
  sent: { fr: 'envoyé', en: 'sent' },
  left: { fr: 'restant', en: 'left' },
  retrying: { fr: 'Connexion perdue, reprise automatique…', en: 'Connection lost, resuming by itself…' },
  uploading: { fr: 'Envoi', en: 'Uploading' },
  checking: { fr: 'Vérification du fichier…', en: 'Checking the file…' },
  refused: { fr: 'Fichier refusé', en: 'File refused' },
  transcoding: { fr: 'Conversion', en: 'Converting' },
  ready: { fr: 'Envoyé aux organisateurs', en: 'Sent to the organisers' },
  failed: { fr: 'Échec', en: 'Failed' },
  cancelled: { fr: 'Envoi annulé', en: 'Upload cancelled' },
  preview: { fr: 'Aperçu', en: 'Preview' },
  pitch: { fr: 'Accroche', en: 'Pitch' },
  description: { fr: 'Description (Markdown simple, sans HTML)', en: 'Description (simple Markdown, no HTML)' },
  deliverables: { fr: 'Livrables (liens)', en: 'Deliverables (links)' },
  linkTitle: { fr: 'Titre', en: 'Title' },
  linkKind: { fr: 'Type', en: 'Kind' },
  addLink: { fr: 'Ajouter un lien', en: 'Add a link' },
  team: { fr: 'Équipe', en: 'Team' },
  memberName: { fr: 'Nom', en: 'Name' },
  memberRole: { fr: 'Rôle', en: 'Role' },
  addMember: { fr: 'Ajouter une personne', en: 'Add a person' },
  remove: { fr: 'Retirer', en: 'Remove' },
  save: { fr: 'Envoyer aux organisateurs', en: 'Send to the organisers' },
  saved: { fr: 'Modifications envoyées aux organisateurs', en: 'Changes sent to the organisers' },
  other: { fr: 'English', en: 'Français' },
} as const

/** One string of the upload page in `lang`. */
export function s(lang: Language, key: keyof typeof STRINGS): string {
  return STRINGS[key][lang]
}

/** Bytes as people read them: 1.5 MB, 820 kB. */
export function formatBytes(bytes: number, lang: Language): string {
  const units = lang === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB']
  let n = bytes
  let i = 0
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000
    i++
  }
  return `${n.toLocaleString(lang, { maximumFractionDigits: i === 0 ? 0 : 1 })} ${units[i]}`
}

/** Seconds as minutes and seconds: 3 min 05 s. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const m = Math.floor(total / 60)
  return m > 0 ? `${m} min ${String(total % 60).padStart(2, '0')} s` : `${total} s`
}
