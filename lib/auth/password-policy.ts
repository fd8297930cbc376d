// Password rules after NIST SP 800-63B (importable from client forms; the blocklist check that
// needs the dictionaries runs on the server: password-strength.ts). Length only, no composition
// rules, any character (paste allowed). Admins need longer passwords.
import type { Role } from '../db/generated/enums';

export const PASSWORD_MIN_LENGTH = 12;
export const ADMIN_PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export function minPasswordLength(role: Role): number {
  return role === 'ADMIN' ? ADMIN_PASSWORD_MIN_LENGTH : PASSWORD_MIN_LENGTH;
}
