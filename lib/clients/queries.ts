import 'server-only';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser, clientCompanyWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { isRecordId } from '../validation';

const clientCompanySummary = {
  id: true,
  name: true,
  industry: true,
  country: true,
  revenueBand: true,
  employeeCount: true,
  updatedAt: true,
} as const;

/** Counts and lists only the assessments the user may see, even inside a visible company. */
function clientCompanySummaryFor(user: TSessionUser) {
  return { ...clientCompanySummary, _count: { select: { assessments: { where: assessmentWhereForUser(user, 'assessment.list') } } } } as const;
}

export async function findClientCompaniesForUser(options: { user: TSessionUser }) {
  assertCan(options.user, 'clientCompany.list');
  return getDb().clientCompany.findMany({
    where: clientCompanyWhereForUser(options.user, 'clientCompany.list'),
    orderBy: { name: 'asc' },
    select: clientCompanySummaryFor(options.user),
  });
}

/** Null when the company does not exist or lies outside the user's tenant: callers answer 404 for both. */
export async function getClientCompanyForUser(options: { user: TSessionUser; clientCompanyId: string }) {
  assertCan(options.user, 'clientCompany.view');
  if (!isRecordId(options.clientCompanyId)) return null;
  return getDb().clientCompany.findFirst({
    where: { AND: [{ id: options.clientCompanyId }, clientCompanyWhereForUser(options.user, 'clientCompany.view')] },
    select: {
      ...clientCompanySummaryFor(options.user),
      brokerage: { select: { name: true } },
      assessments: {
        where: { AND: [assessmentWhereForUser(options.user, 'assessment.list'), { status: { not: 'ARCHIVED' } }] },
        orderBy: { updatedAt: 'desc' },
        select: { id: true, status: true, questionnaireVersion: true, updatedAt: true, submittedAt: true, insurer: { select: { name: true } } },
      },
    },
  });
}
