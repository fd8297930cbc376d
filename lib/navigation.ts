// The main navigation, derived from the permission map so a link is shown exactly when its page
// would let the user in.
import type { Role } from './db/generated/enums';
import { roleHasPermission, type TPermission } from './auth/permissions';

export type TNavItem = { href: string; labelKey: string; permission: TPermission | null };

const ITEMS: Array<TNavItem & { roles?: Role[]; labelKeyByRole?: Partial<Record<Role, string>> }> = [
  { href: '/dashboard', labelKey: 'dashboard', permission: null },
  { href: '/clients', labelKey: 'clients', permission: 'clientCompany.list' },
  {
    href: '/assessments',
    labelKey: 'assessments',
    permission: 'assessment.list',
    labelKeyByRole: { UNDERWRITER: 'reviewQueue', CLIENT: 'myAssessments' },
  },
  { href: '/admin/users', labelKey: 'users', permission: 'user.list' },
];

export function navigationForRole(role: Role): TNavItem[] {
  return ITEMS.filter((item) => item.permission === null || roleHasPermission(role, item.permission)).map((item) => ({
    href: item.href,
    labelKey: item.labelKeyByRole?.[role] ?? item.labelKey,
    permission: item.permission,
  }));
}
