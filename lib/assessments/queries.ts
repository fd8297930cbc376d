import 'server-only';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { isRecordId } from '../validation';

const assessmentSummary = {
  id: true,
  status: true,
  questionnaireVersion: true,
  version: true,
  submittedAt: true,
  updatedAt: true,
  createdAt: true,
  clientCompany: { select: { id: true, name: true, industry: true, country: true, revenueBand: true } },
  broker: { select: { name: true } },
  brokerage: { select: { name: true } },
  insurer: { select: { name: true } },
} as const;

export async function findAssessmentsForUser(options: { user: TSessionUser; take?: number }) {
  assertCan(options.user, 'assessment.list');
  return getDb().assessment.findMany({
    where: assessmentWhereForUser(options.user, 'assessment.list'),
    orderBy: [{ submittedAt: { sort: 'desc', nulls: 'last' } }, { updatedAt: 'desc' }],
    take: options.take ?? 200,
    select: assessmentSummary,
  });
}

/** Null when missing or outside the user's tenant: both answer 404, so ids reveal nothing. */
export async function getAssessmentForUser(options: { user: TSessionUser; assessmentId: string }) {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  return getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: { ...assessmentSummary, answers: true },
  });
}
