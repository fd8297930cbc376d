// The one place that decides who may do what to which record. Pages, server actions and route
// handlers all ask here. Two layers:
//   1. can(user, permission): may the role do this at all (permissions.ts);
//   2. the where builders: the rows of a resource a user may touch, spread into every query so a
//      record outside the tenant is never loaded (and so looks exactly like a missing one: 404).
// Tenant rules: a broker sees only their brokerage's clients and assessments; a client user only
// their own company; an underwriter only assessments submitted to their insurer; an admin manages
// users but sees no client data.
import type { Prisma } from '../db/generated/client';
import { roleHasPermission, type TPermission } from './permissions';
import type { TSessionUser } from './types';

export function can(user: TSessionUser | null, permission: TPermission): boolean {
  return user !== null && roleHasPermission(user.role, permission);
}

/** Matches no row: used for roles that may not see a resource at all, so queries fail closed. */
const NOTHING = { id: { in: [] as string[] } };

export function clientCompanyWhereForUser(user: TSessionUser): Prisma.ClientCompanyWhereInput {
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'CLIENT':
      return { organizationId: user.organizationId };
    default:
      return NOTHING;
  }
}

export function assessmentWhereForUser(user: TSessionUser): Prisma.AssessmentWhereInput {
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'CLIENT':
      return { clientCompany: { organizationId: user.organizationId }, status: { not: 'ARCHIVED' } };
    case 'UNDERWRITER':
      // Drafts are the broker's working copy: an insurer sees an assessment only once submitted to it.
      return { insurerId: user.organizationId, status: { in: ['SUBMITTED', 'IN_REVIEW', 'DECIDED'] } };
    default:
      return NOTHING;
  }
}

/** Admins manage every account; nobody else lists users. */
export function userWhereForUser(user: TSessionUser): Prisma.UserWhereInput {
  return user.role === 'ADMIN' ? {} : NOTHING;
}
