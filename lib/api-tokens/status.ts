// What the token list says about a token. Revoked wins over expired: it is the stronger statement
// and the one the user did on purpose.
export type TApiTokenStatus = 'active' | 'expired' | 'revoked';

export function apiTokenStatus(token: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): TApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}
