import type { DbMigration } from './migrations.ts'

/** The store's tables for uploads and the embedded job queue (ids 10–19). */
export const UPLOAD_MIGRATIONS: readonly DbMigration[] = [
  {
    id: 10,
    name: 'uploads: one row per tus upload, its owner and its state',
    sql: `
      CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        link_id INTEGER NOT NULL,
        exhibition_id TEXT NOT NULL,
        defi_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        lang TEXT,
        filename TEXT NOT NULL,
        size INTEGER NOT NULL,
        state TEXT NOT NULL,
        progress REAL NOT NULL DEFAULT 0,
        reason_fr TEXT,
        reason_en TEXT,
        result TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX uploads_link ON uploads(link_id, state);
      CREATE INDEX uploads_defi ON uploads(exhibition_id, defi_id, created_at);
    `,
  },
  {
    id: 11,
    name: 'jobs: the embedded queue, leased with a heartbeat',
    sql: `
      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        stalls INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        run_after INTEGER NOT NULL,
        lease_owner TEXT,
        lease_until INTEGER,
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX jobs_ready ON jobs(state, run_after);
    `,
  },
]
