// Authenticator secrets at rest: sealed with AES-256-GCM under SECOND_FACTOR_KEY (ASVS 2.9.1: keys
// used in verification are stored securely), so a copy of the database alone yields no second
// factors. Sealed values read `v1.<iv>.<tag>.<ciphertext>` (base64url) and carry the user's id as
// associated data, so a sealed secret moved to another account does not open. A value without the
// prefix is a secret stored before sealing existed: it is accepted and sealed on its next use. Pure:
// the key is a parameter (lib/auth/second-factor.ts passes the configured one).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;

/** The key from its configured form (base64 or base64url of 32 bytes); null when not configured. */
export function totpSecretKey(raw: string | undefined): Buffer | null {
  if (!raw) return null;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`SECOND_FACTOR_KEY must be ${KEY_BYTES} bytes, base64 (openssl rand -base64 32)`);
  return key;
}

export function isSealedTotpSecret(stored: string): boolean {
  return stored.startsWith(`${PREFIX}.`);
}

/** Seals a base32 secret for one user; without a key (a local setup without one) it stays as it is. */
export function sealTotpSecret(options: { secret: string; userId: string; key: Buffer | null }): string {
  if (!options.key) return options.secret;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', options.key, iv);
  cipher.setAAD(Buffer.from(options.userId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(options.secret, 'utf8'), cipher.final()]);
  return [PREFIX, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** The base32 secret of a stored value; throws when a sealed value cannot be opened (no key, another key, altered, another user). */
export function openTotpSecret(options: { stored: string; userId: string; key: Buffer | null }): string {
  if (!isSealedTotpSecret(options.stored)) return options.stored;
  if (!options.key) throw new Error('A sealed authenticator secret needs SECOND_FACTOR_KEY to be configured');
  const [, iv, tag, ciphertext] = options.stored.split('.');
  if (!iv || !tag || ciphertext === undefined) throw new Error('Malformed sealed authenticator secret');
  const decipher = createDecipheriv('aes-256-gcm', options.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(options.userId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
