import type { Bilingual } from '../manifest/index.ts'

/** Why a player gave up: the file is missing, the network failed, the browser cannot decode it, or hls.js did not load. */
export type FailureReason = 'missing' | 'network' | 'unplayable' | 'player'

/** What the scene shows over the poster when a video cannot be played. */
export const FAILURE_MESSAGES: Record<FailureReason, Bilingual> = {
  missing: {
    fr: 'Vidéo indisponible : le fichier est introuvable sur le serveur.',
    en: 'Video unavailable: the file cannot be found on the server.',
  },
  network: {
    fr: 'Vidéo indisponible : le réseau ou le serveur ne répond pas. Réessayez plus tard.',
    en: 'Video unavailable: the network or the server is not responding. Please try again later.',
  },
  unplayable: {
    fr: 'Ce navigateur ne parvient pas à lire cette vidéo.',
    en: 'This browser cannot play this video.',
  },
  player: {
    fr: "Le lecteur vidéo n'a pas pu être chargé. Vérifiez votre connexion puis rechargez la page.",
    en: 'The video player could not be loaded. Check your connection, then reload the page.',
  },
}
