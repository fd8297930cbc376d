// Who must use a second factor (ASVS 6.3.2). Pure, importable anywhere.
import type { Role } from '../db/generated/enums';

/** Admins and underwriters reach the most data: enrolment is forced at their next sign-in. */
const REQUIRED_FOR: readonly Role[] = ['ADMIN', 'UNDERWRITER'];

export function isSecondFactorRequired(role: Role): boolean {
  return REQUIRED_FOR.includes(role);
}
