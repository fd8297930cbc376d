// Who may do what, by role. Record-level (tenant) rules live in policy.ts; this map answers only
// "may this role ever do this". Declared with `satisfies` so adding an action or a role forces a
// decision here. Warning: an action missing from a role's list is denied — never default-allow.
import type { Role } from '../db/generated/enums';

export const ROLES = ['ADMIN', 'BROKER', 'UNDERWRITER', 'CLIENT'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  'user.list': ['ADMIN'],
  'user.create': ['ADMIN'],
  'user.resetPassword': ['ADMIN'],
  'organization.list': ['ADMIN'],
  'clientCompany.list': ['BROKER'],
  'clientCompany.view': ['BROKER', 'CLIENT'],
  'assessment.list': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'assessment.view': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'profile.updateLocale': ['ADMIN', 'BROKER', 'UNDERWRITER', 'CLIENT'],
} as const satisfies Record<string, readonly Role[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function roleHasPermission(role: Role, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
