import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 random bits, base64url: the form of session cookies, CSRF tokens and team link tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** True when `value` has the form `newSecret` makes; anything else is refused before it is hashed or looked up. */
export function isSecretShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}

/** The SHA-256 of a secret, hex: what the store keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Compares two strings in constant time (for a given length). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
