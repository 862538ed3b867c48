import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { DB_MIGRATIONS, type DbMigration } from './migrations.ts'

/** The embedded store: one SQLite file in `DATA_DIR`, opened in WAL mode. */
export type Db = Database.Database

/** The store's file name inside `DATA_DIR`. */
export const DB_FILE = 'vernissage.sqlite'

/** Runs the migrations not yet applied, in order, each in its own transaction; returns the ids it applied. */
export function migrateDatabase(db: Db, migrations: readonly DbMigration[] = DB_MIGRATIONS): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  )
  const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((row) => row.id))
  const applied: number[] = []
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(migration.id)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.id, migration.name, Date.now())
    })()
    applied.push(migration.id)
  }
  return applied
}

/** Opens (creating it and `dataDir` when missing) the store of `dataDir` and brings its schema up to date. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(path.join(dataDir, DB_FILE))
  db.pragma('journal_mode = WAL')
  // Several processes (the server, npm run organiser:add, workers) share the file: wait for a lock, do not fail.
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  db.pragma('synchronous = NORMAL')
  migrateDatabase(db)
  return db
}
