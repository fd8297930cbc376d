// The login form's input, shared by the form (client) and the credentials check (server).
// Messages are catalog keys.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().min(1, 'login.emailRequired').max(320, 'validation.tooLong').pipe(z.email('login.emailInvalid')),
  // Longer than any allowed password, so an old long one still reaches the check.
  password: z.string().min(1, 'login.passwordRequired').max(PASSWORD_MAX_LENGTH * 4, 'validation.tooLong'),
});
export type TCredentials = z.input<typeof ZCredentials>;

export const ZSecondFactorCode = z.object({
  code: z.string().trim().min(1, 'security.login.codeRequired').max(32, 'validation.tooLong'),
});
export type TSecondFactorCode = z.input<typeof ZSecondFactorCode>;

/** The error next-auth reports when the throttle refused a sign-in: `THROTTLED:<seconds>`. */
export const THROTTLED_ERROR = 'THROTTLED';
export function throttledError(retryAfterSeconds: number): string {
  return `${THROTTLED_ERROR}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}
export function parseThrottledError(error: string | null | undefined): number | null {
  const match = /^THROTTLED:(\d+)$/.exec(error ?? '');
  return match ? Number(match[1]) : null;
}
/** The error next-auth reports when the check itself failed (e.g. the database is down). */
export const LOGIN_UNAVAILABLE_ERROR = 'LOGIN_UNAVAILABLE';
/** A wrong, used or expired authenticator or recovery code. */
export const SECOND_FACTOR_INVALID_ERROR = 'SECOND_FACTOR_INVALID';
/** The half-way sign-in ran out (10 minutes) or was never there. */
export const SIGN_IN_EXPIRED_ERROR = 'SIGN_IN_EXPIRED';
