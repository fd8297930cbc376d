// The login form's input, shared by the form (client) and the credentials check (server).
// Messages are catalog keys.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().min(1, 'login.emailRequired').max(320, 'validation.tooLong').pipe(z.email('login.emailInvalid')),
  password: z.string().min(1, 'login.passwordRequired').max(PASSWORD_MAX_LENGTH, 'validation.tooLong'),
});
export type TCredentials = z.input<typeof ZCredentials>;

/** The error next-auth reports when the throttle refused a sign-in. */
export const THROTTLED_ERROR = 'THROTTLED';
/** The error next-auth reports when the check itself failed (e.g. the database is down). */
export const LOGIN_UNAVAILABLE_ERROR = 'LOGIN_UNAVAILABLE';
