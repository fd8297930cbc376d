// What the token list says about a token. Revoked wins over expired: it is the stronger statement
// and the one the user did on purpose.
export type TApiTokenStatus = 'active' | 'expired' | 'revoked' | 'ended';

/** 'ended': the account's sessions were ended after the token was made (a password change, a reset, an admin). */
export function apiTokenStatus(token: { expiresAt: Date | null; revokedAt: Date | null; isCurrent?: boolean }, now: Date): TApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  if (token.isCurrent === false) return 'ended';
  return 'active';
}
