// The client portal's view of the market: only the cover that was bound (the chosen quote's terms).
// Other insurers' quotes stay between the broker and the insurers.
import 'server-only';
import { assertCan } from '../auth/assert';
import { boundCoverWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { isRecordId } from '../validation';
import type { TBoundCover } from './types';

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
