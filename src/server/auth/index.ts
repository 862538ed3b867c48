/** What the write side's routes use from auth: the pre-handlers, and the team token check for other transports. */
export { organiserOnly, teamOnly, bearerToken } from './guards.ts'
export { verifyTeamToken, teamMay, TEAM_FIELDS, type TeamGrant } from './teamLinks.ts'
export { actorLabel, type Actor } from './actor.ts'
