import { z } from 'zod'
import type { Bilingual } from '../../manifest/index.ts'
import { recordAudit, type AuditActor } from '../db/audit.ts'
import type { Db } from '../db/database.ts'
import { addOrganiser, removeOrganiser } from '../db/organisers.ts'
import { hashPassword, MIN_PASSWORD_LENGTH, type ScryptParams } from './password.ts'

const Email = z.email().max(320)

/** Creates an organiser account: a plausible email not yet taken, a password of at least 12 characters. */
export async function createOrganiserAccount(
  db: Db,
  actor: AuditActor,
  email: string,
  password: string,
  params?: ScryptParams,
): Promise<{ ok: true } | { ok: false; reason: Bilingual }> {
  const address = email.trim()
  if (!Email.safeParse(address).success) {
    return { ok: false, reason: { fr: `adresse invalide : ${address}`, en: `invalid email address: ${address}` } }
  }
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    const n = MIN_PASSWORD_LENGTH
    return {
      ok: false,
      reason: {
        fr: `mot de passe trop court (${n} caractères au moins)`,
        en: `password too short (at least ${n} characters)`,
      },
    }
  }
  if (!addOrganiser(db, address, await hashPassword(password, params))) {
    return { ok: false, reason: { fr: `${address} a déjà un compte`, en: `${address} already has an account` } }
  }
  recordAudit(db, actor, null, 'organiser.add', { email: address })
  return { ok: true }
}

/** Removes an organiser account; its sessions end with it. False when there was no such account. */
export function removeOrganiserAccount(db: Db, actor: AuditActor, email: string): boolean {
  const removed = removeOrganiser(db, email.trim())
  if (removed) recordAudit(db, actor, null, 'organiser.remove', { email: email.trim() })
  return removed
}
