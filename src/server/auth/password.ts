import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt's cost: N (memory and time), r (block size), p (parallelism). */
export type ScryptParams = { N: number; r: number; p: number }

/** OWASP's minimum for scrypt: 128 MiB and a few hundred milliseconds per hash. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }

const KEY_LENGTH = 32
const SALT_LENGTH = 16
// A stored hash names its own cost; one asking for more than this is refused rather than allowed to exhaust memory.
const MAX_N = 2 ** 20

/** The shortest password an organiser may choose. */
export const MIN_PASSWORD_LENGTH = 12

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

/** Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH)
  const key = await derive(password, salt, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return null
  if (![params.N, params.r, params.p].every(Number.isSafeInteger) || params.N > MAX_N || params.N < 2) return null
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') }
}

/** True when `password` is the one `stored` was made from; compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false
  const key = await derive(password, parsed.salt, parsed.params)
  return timingSafeEqual(key, parsed.key)
}

let dummy: Promise<string> | undefined

/**
 * Spends the time a real check would, for an unknown email: an answer as slow for "no such account" as for
 * "wrong password" tells an attacker nothing about which accounts exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(18).toString('base64url'))
  await verifyPassword(password, await dummy)
  return false
}
