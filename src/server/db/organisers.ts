import type { Db } from './database.ts'

/** An organiser account as stored: the password only as its hash. */
export type Organiser = { id: number; email: string; passwordHash: string; createdAt: number }

type Row = { id: number; email: string; password_hash: string; created_at: number }

const toOrganiser = (row: Row): Organiser => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
})

/** Adds an account; returns null when the email (case aside) already has one. */
export function addOrganiser(db: Db, email: string, passwordHash: string, now = Date.now()): Organiser | null {
  const result = db
    .prepare('INSERT INTO organisers (email, password_hash, created_at) VALUES (?, ?, ?) ON CONFLICT(email) DO NOTHING')
    .run(email, passwordHash, now)
  if (result.changes === 0) return null
  return { id: Number(result.lastInsertRowid), email, passwordHash, createdAt: now }
}

/** The account of an email, case aside. */
export function findOrganiserByEmail(db: Db, email: string): Organiser | undefined {
  const row = db.prepare('SELECT * FROM organisers WHERE email = ?').get(email) as Row | undefined
  return row && toOrganiser(row)
}

/** Every account, oldest first, without the password hashes. */
export function listOrganisers(db: Db): Omit<Organiser, 'passwordHash'>[] {
  const rows = db.prepare('SELECT id, email, created_at FROM organisers ORDER BY created_at, id').all() as Row[]
  return rows.map((row) => ({ id: row.id, email: row.email, createdAt: row.created_at }))
}

/** Removes an account and, through the foreign key, all its sessions; false when there was none. */
export function removeOrganiser(db: Db, email: string): boolean {
  return db.prepare('DELETE FROM organisers WHERE email = ?').run(email).changes > 0
}
