// The client portal's view of the market: the cover that was bound, and every insurer's decision
// (status, the terms offered, subjectivities, decline reasons) so the insured can follow the placement
// and choose with the broker. What broker and underwriter say to each other stays between them.
import 'server-only';
import { assertCan } from '../auth/assert';
import { boundCoverWhereForUser, marketDecisionsWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { isoDay } from '../today';
import { isRecordId } from '../validation';
import type { TBoundCover, TMarketDecision } from './types';

/** The bound terms of the assessment's placement; null when nothing is bound, or not for this user to see (policy: boundCoverWhereForUser). */
export async function getBoundCoverForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TBoundCover | null> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const placement = await getDb().placement.findFirst({
    where: { AND: [{ assessmentId: options.assessmentId, boundSubmissionId: { not: null } }, boundCoverWhereForUser(options.user)] },
    select: {
      coverStartDate: true,
      boundAt: true,
      boundSubmission: { select: { quotedLimitEur: true, quotedRetentionEur: true, quotedPremiumEur: true, insurer: { select: { name: true } } } },
    },
  });
  const bound = placement?.boundSubmission;
  if (!placement || !bound) return null;
  return {
    insurerName: bound.insurer.name,
    limitEur: bound.quotedLimitEur,
    retentionEur: bound.quotedRetentionEur,
    premiumEur: bound.quotedPremiumEur,
    coverStartDate: placement.coverStartDate,
    boundAt: placement.boundAt,
  };
}

/** Every insurer's decision on the assessment's placement, by insurer name ([] when not placed, or not for this user). */
export async function getMarketDecisionsForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TMarketDecision[]> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return [];
  const placement = await getDb().placement.findFirst({
    where: { AND: [{ assessmentId: options.assessmentId }, marketDecisionsWhereForUser(options.user)] },
    select: {
      submissions: {
        orderBy: { insurer: { name: 'asc' } },
        select: {
          id: true,
          status: true,
          quotedLimitEur: true,
          quotedRetentionEur: true,
          quotedPremiumEur: true,
          quoteValidUntil: true,
          declineReasons: true,
          insurer: { select: { name: true } },
          subjectivities: { orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }], select: { id: true, text: true, dueDate: true, status: true } },
        },
      },
    },
  });
  return (placement?.submissions ?? []).map((row) => ({
    id: row.id,
    insurerName: row.insurer.name,
    status: row.status,
    terms: { limitEur: row.quotedLimitEur, retentionEur: row.quotedRetentionEur, premiumEur: row.quotedPremiumEur, validUntil: row.quoteValidUntil ? isoDay(row.quoteValidUntil) : null },
    declineReasons: row.declineReasons,
    subjectivities: row.subjectivities.map((subjectivity) => ({ ...subjectivity, dueDate: isoDay(subjectivity.dueDate) })),
  }));
}
