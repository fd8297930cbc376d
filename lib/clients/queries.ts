import 'server-only';
import { assertCan } from '../auth/assert';
import { clientCompanyWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';

const clientCompanySummary = {
  id: true,
  name: true,
  industry: true,
  country: true,
  revenueBand: true,
  employeeCount: true,
  updatedAt: true,
  _count: { select: { assessments: true } },
} as const;

export async function findClientCompaniesForUser(options: { user: TSessionUser }) {
  assertCan(options.user, 'clientCompany.list');
  return getDb().clientCompany.findMany({
    where: clientCompanyWhereForUser(options.user),
    orderBy: { name: 'asc' },
    select: clientCompanySummary,
  });
}

/** Null when the company does not exist or lies outside the user's tenant: callers answer 404 for both. */
export async function getClientCompanyForUser(options: { user: TSessionUser; clientCompanyId: string }) {
  assertCan(options.user, 'clientCompany.view');
  return getDb().clientCompany.findFirst({
    where: { AND: [{ id: options.clientCompanyId }, clientCompanyWhereForUser(options.user)] },
    select: {
      ...clientCompanySummary,
      brokerage: { select: { name: true } },
      assessments: {
        where: { status: { not: 'ARCHIVED' } },
        orderBy: { updatedAt: 'desc' },
        select: { id: true, status: true, questionnaireVersion: true, updatedAt: true, submittedAt: true, insurer: { select: { name: true } } },
      },
    },
  });
}
