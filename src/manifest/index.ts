export * from './schema.ts'
export * from './fields.ts'
export { parseManifest, parseManifestText, MAX_MANIFEST_BYTES, type ParseResult } from './parse.ts'
export { migrate, MIGRATIONS, type Migration, type MigrationResult, type RawDocument } from './migrate.ts'
export { formatPath, type ManifestError } from './errors.ts'
export { message, lookupMessage, type Bilingual } from './messages.ts'
export { contentLanguage, localize } from './text.ts'
export { listMediaReferences, type MediaReference } from './mediaRefs.ts'
export { findJsonSyntaxError } from './jsonSyntax.ts'
export { safeMediaPath } from './paths.ts'
export {
  isReservedExhibitionId,
  isReservedRoomId,
  RESERVED_EXHIBITION_IDS,
  RESERVED_ROOM_IDS,
  SERVER_ROOTS,
} from './reserved.ts'
export { manifestWarnings } from './warnings.ts'
export { formatRoute, isServerPath, parseRoute, SLUG_PATTERN, type ReservedPage, type Route } from './urls.ts'
