// Personal API tokens: 32 random bytes, shown once; only their SHA-256 is stored. A fast hash is
// right here (unlike passwords): the token is random and long, so there is nothing to guess.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'sgn_';
const TOKEN_PATTERN = /^sgn_[A-Za-z0-9_-]{43}$/;
/** How much of a token the list shows, so a user can tell their tokens apart. */
const SHOWN_CHARACTERS = 12;

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer sgn_…` header, or null for anything else. */
export function parseBearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match && TOKEN_PATTERN.test(match[1]!) ? match[1]! : null;
}
