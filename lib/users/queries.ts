import 'server-only';
import { assertCan } from '../auth/assert';
import { organizationWhereForUser, userWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';

export async function findUsersForAdmin(options: { user: TSessionUser }) {
  assertCan(options.user, 'user.list');
  return getDb().user.findMany({
    where: userWhereForUser(options.user, 'user.list'),
    orderBy: [{ organization: { name: 'asc' } }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      lastLoginAt: true,
      deactivatedAt: true,
      totpCredential: { select: { confirmedAt: true } },
      organization: { select: { id: true, name: true, kind: true } },
    },
  });
}

export async function findOrganizationsForAdmin(options: { user: TSessionUser }) {
  assertCan(options.user, 'organization.list');
  return getDb().organization.findMany({ where: organizationWhereForUser(options.user, 'organization.list'), orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { id: true, name: true, kind: true } });
}
