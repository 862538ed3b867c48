import { UPLOAD_MIGRATIONS } from './uploadMigrations.ts'

/** One numbered, forward-only change of the store's schema. */
export type DbMigration = { id: number; name: string; sql: string }

/**
 * Every schema change of the store, in order. Numbers are reserved per concern so that work on them can go on side by
 * side: 1–9 the write side (accounts, sessions, team links, drafts, versions, audit), 10–19 uploads and jobs,
 * 20–29 curation. A migration, once released, is never edited: add the next one.
 */
export const DB_MIGRATIONS: readonly DbMigration[] = [
  {
    id: 1,
    name: 'write side: organisers, sessions, team links, drafts, versions, audit',
    sql: `
      CREATE TABLE organisers (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        organiser_id INTEGER NOT NULL REFERENCES organisers(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_organiser ON sessions(organiser_id);
      CREATE TABLE team_links (
        id INTEGER PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        exhibition_id TEXT NOT NULL,
        defi_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE INDEX team_links_defi ON team_links(exhibition_id, defi_id);
      CREATE TABLE drafts (
        exhibition_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        etag TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL
      );
      CREATE TABLE versions (
        exhibition_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        body TEXT NOT NULL,
        etag TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        summary TEXT NOT NULL,
        published_at INTEGER,
        PRIMARY KEY (exhibition_id, n)
      );
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        exhibition_id TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX audit_exhibition ON audit(exhibition_id, at);
    `,
  },
  ...UPLOAD_MIGRATIONS,
  {
    id: 20,
    name: 'curation: the messages organisers send teams back with',
    sql: `
      CREATE TABLE review_messages (
        id INTEGER PRIMARY KEY,
        exhibition_id TEXT NOT NULL,
        defi_id TEXT NOT NULL,
        message TEXT NOT NULL,
        actor TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX review_messages_defi ON review_messages(exhibition_id, defi_id, at);
    `,
  },
  {
    id: 21,
    name: 'curation: archived exhibitions',
    sql: `
      CREATE TABLE archived_exhibitions (
        exhibition_id TEXT PRIMARY KEY,
        archived_at INTEGER NOT NULL,
        actor TEXT NOT NULL
      );
    `,
  },
]
