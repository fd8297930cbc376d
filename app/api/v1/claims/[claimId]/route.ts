// GET /api/v1/claims/{claimId} — a claim with its notification deadlines, checklist and timeline
import { apiRoute, found } from '@/lib/api/route';
import { buildClaimDeadlines } from '@/lib/claims/deadlines';
import { getClaimForUser } from '@/lib/claims/queries';
import type { TFinalScoringResult } from '@/lib/scoring';

export const GET = apiRoute({
  path: '/api/v1/claims/[claimId]',
  method: 'GET',
  handler: async ({ user, params }) => {
    const claim = await getClaimForUser({ user, claimId: params.claimId! });
    if (!claim) return found(null);
    const { answers: _answers, result, ...snapshot } = claim.snapshot;
    const deadlines = buildClaimDeadlines({
      discoveredAt: claim.discoveredAt,
      personalDataAffected: claim.personalDataAffected,
      nis2Entity: claim.nis2Entity,
      snapshotDeadlines: (result as TFinalScoringResult).claims.playbook.deadlines,
    });
    return found({ ...claim, snapshot, deadlines });
  },
});
