import { fill, type Dictionary, type Values } from './translations.ts'

/** A message in both interface languages. */
export type Bilingual = { fr: string; en: string }

type Params = Values

/** The validator's messages, each in both languages, `{name}` filled from the parameters. */
export const VALIDATOR_MESSAGES = {
  slug: {
    fr: 'identifiant invalide : minuscules, chiffres et tirets seulement (80 caractères au plus)',
    en: 'invalid id: lower-case letters, digits and dashes only (at most 80 characters)',
  },
  'text.empty': { fr: 'le texte ne doit pas être vide', en: 'text must not be empty' },
  'text.noLanguage': {
    fr: 'donner le texte en au moins une langue (fr ou en)',
    en: 'give the text in at least one language (fr or en)',
  },
  'url.http': {
    fr: 'lien refusé : seule une adresse absolue en http:// ou https://, sans espace, est acceptée',
    en: 'link refused: only an absolute http:// or https:// address, without spaces, is accepted',
  },
  'media.empty': { fr: 'chemin de média vide', en: 'empty media path' },
  'media.absolute': {
    fr: 'le chemin doit être relatif au dossier media/ (ni absolu, ni adresse)',
    en: 'the path must be relative to the media/ folder (not absolute, not an address)',
  },
  'media.encoded': {
    fr: 'le chemin ne doit pas contenir de caractères encodés (%)',
    en: 'the path must not contain encoded characters (%)',
  },
  'media.backslash': { fr: 'le chemin doit utiliser des barres obliques /', en: 'the path must use forward slashes /' },
  'media.dotdot': {
    fr: 'le chemin ne doit pas sortir du dossier media/ (.. interdit)',
    en: 'the path must not leave the media/ folder (.. is not allowed)',
  },
  'media.characters': {
    fr: 'le chemin ne peut contenir que des lettres sans accents (a–z, A–Z), chiffres, points, tirets et soulignés, sans espace',
    en: 'the path may only contain unaccented letters (a–z, A–Z), digits, dots, dashes and underscores, no spaces',
  },
  'media.charactersSuggest': {
    fr: 'le chemin ne peut contenir que des lettres sans accents (a–z, A–Z), chiffres, points, tirets et soulignés, sans espace ; par exemple : {suggestion}',
    en: 'the path may only contain unaccented letters (a–z, A–Z), digits, dots, dashes and underscores, no spaces; for example: {suggestion}',
  },
  'media.extension': {
    fr: 'extension de fichier attendue : {extensions}',
    en: 'expected file extension: {extensions}',
  },
  datetime: {
    fr: 'date et heure ISO 8601 attendues, avec fuseau (ex. 2021-06-17T14:00:00+02:00)',
    en: 'expected an ISO 8601 date and time with offset (e.g. 2021-06-17T14:00:00+02:00)',
  },
  date: { fr: 'date attendue au format AAAA-MM-JJ', en: 'expected a date as YYYY-MM-DD' },
  number: { fr: 'nombre attendu', en: 'expected a number' },
  'number.finite': { fr: 'le nombre doit être fini', en: 'the number must be finite' },
  'number.positive': { fr: 'le nombre doit être positif', en: 'the number must be positive' },
  colour: { fr: 'couleur attendue au format #rrvvbb', en: 'expected a colour as #rrggbb' },
  timezone: { fr: 'fuseau horaire inconnu (ex. Europe/Paris)', en: 'unknown time zone (e.g. Europe/Paris)' },
  email: { fr: 'adresse électronique invalide', en: 'invalid e-mail address' },
  credits: { fr: 'citer au moins une source (crédits)', en: 'credit at least one source' },
  'rooms.none': { fr: 'il faut au moins une salle', en: 'at least one room is needed' },
  'id.duplicate': {
    fr: 'identifiant en double « {id} » (déjà utilisé en {first})',
    en: 'duplicate id "{id}" (already used at {first})',
  },
  'stand.unknown': { fr: "aucun défi n'a l'identifiant « {id} »", en: 'no défi has the id "{id}"' },
  'stand.twice': {
    fr: 'le défi « {id} » est déjà exposé en {first} : un stand ne peut être que dans une salle',
    en: 'défi "{id}" is already shown at {first}: a stand can only be in one room',
  },
  'stand.notThemed': {
    fr: 'seules les salles thématiques ont des stands (cette salle est de type « {kind} »)',
    en: 'only themed rooms hold stands (this room is a "{kind}")',
  },
  'url.singleLabel': {
    fr: 'le lien mène à « {host} », un nom d’hôte sans domaine qu’aucun visiteur ne pourra joindre : manque-t-il « .fr » ou « .com », ou une partie de l’adresse ?',
    en: 'the link leads to "{host}", a host name without a domain that no visitor can reach: is ".fr" or ".com", or part of the address, missing?',
  },
  'room.reserved': {
    fr: 'l’identifiant de salle « {id} » est réservé à une page de l’exposition (mots réservés : {reserved}) : choisir un autre identifiant',
    en: 'the room id "{id}" is reserved for a page of the exhibition (reserved words: {reserved}): choose another id',
  },
  'exhibition.reserved': {
    fr: 'l’identifiant d’exposition « {id} » est réservé à l’application (mots réservés : {reserved}) : choisir un autre identifiant',
    en: 'the exhibition id "{id}" is reserved by the app (reserved words: {reserved}): choose another id',
  },
  'room.unknown': { fr: "aucune salle n'a l'identifiant « {id} »", en: 'no room has the id "{id}"' },
  'room.lobbyCount': {
    fr: 'une exposition a au plus un hall d’accueil (lobby)',
    en: 'an exhibition has at most one lobby',
  },
  'recording.unknown': { fr: "aucun enregistrement n'a l'identifiant « {id} »", en: 'no recording has the id "{id}"' },
  'session.order': { fr: 'la fin de la séance doit suivre son début', en: 'the session must end after it starts' },
  'dates.order': {
    fr: 'la date de fin doit suivre la date de début',
    en: 'the end date must not be before the start date',
  },
  'version.missing': {
    fr: 'schemaVersion manquant : indiquer la version du format (1)',
    en: 'schemaVersion is missing: give the format version (1)',
  },
  'version.newer': {
    fr: 'ce fichier est au format {version}, plus récent que celui que connaît cette version de vernissage ({current})',
    en: 'this file uses format {version}, newer than this version of vernissage knows ({current})',
  },
  'version.invalid': {
    fr: 'schemaVersion doit être un entier positif',
    en: 'schemaVersion must be a positive integer',
  },
  'file.tooLarge': {
    fr: 'fichier trop gros : {size} octets, la limite est {limit} octets (5 Mo)',
    en: 'file too large: {size} bytes, the limit is {limit} bytes (5 MB)',
  },
  'json.syntax': {
    fr: 'JSON mal formé ligne {line}, colonne {column}',
    en: 'malformed JSON at line {line}, column {column}',
  },
  'type.object': { fr: 'objet attendu', en: 'expected an object' },
  'media.missing': { fr: 'fichier média introuvable : {path}', en: 'media file not found: {path}' },
} as const satisfies Dictionary

const TYPE_NAMES: Dictionary = {
  string: { fr: 'un texte', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un entier', en: 'an integer' },
  boolean: { fr: 'un booléen', en: 'a boolean' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'an array' },
  literal: { fr: 'une valeur précise', en: 'a specific value' },
}

/** A key of the validator's messages. */
export type MessageKey = keyof typeof VALIDATOR_MESSAGES

/** The bilingual message for a message key, or null when the key is unknown. */
export function lookupMessage(key: string, params: Params = {}): Bilingual | null {
  if (!Object.hasOwn(VALIDATOR_MESSAGES, key)) return null
  const { fr, en } = VALIDATOR_MESSAGES[key as MessageKey]
  return { fr: fill(fr, params), en: fill(en, params) }
}

/** The bilingual message for a key known to exist. */
export function message(key: MessageKey, params: Params = {}): Bilingual {
  return lookupMessage(key, params) ?? { fr: key, en: key }
}

/** The name of an expected JSON type, in both languages. */
export function typeName(type: string): Bilingual {
  return Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type]! : { fr: type, en: type }
}
