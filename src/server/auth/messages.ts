import { errorBody } from '../errors.ts'

/** Whatever was wrong with a login (unknown email, wrong password), the answer is the same. */
export const LOGIN_REFUSED = errorBody('adresse ou mot de passe incorrect', 'wrong email or password')

/** Too many failed logins from an address or for an account. */
export const TOO_MANY_FAILURES = errorBody(
  'trop de tentatives de connexion ; réessayez plus tard',
  'too many login attempts; try again later',
)

/** No session, or one that has expired or was revoked. */
export const SIGNED_OUT = errorBody('connectez-vous pour continuer', 'sign in to continue')

/** A state-changing request without the session's CSRF token. */
export const CSRF_REFUSED = errorBody(
  'jeton de sécurité manquant ou incorrect ; rechargez la page',
  'missing or wrong security token; reload the page',
)

/** A team link that is unknown, expired or revoked: what a team can act on. */
export const TEAM_LINK_REFUSED = errorBody(
  "ce lien d'équipe a expiré ou a été révoqué : demandez-en un nouveau aux organisateurs",
  'this team link has expired or was revoked: ask the organisers for a new one',
)
