// The client's (or broker's) progress on the recommendations of a submitted assessment.
import 'server-only';
import { defineAction } from '../auth/action';
import { assessmentWhereForUser, SUBMITTED_STATUSES } from '../auth/policy';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { TFinalScoringResult } from '../scoring';
import { ZTrackRecommendationInput } from './schemas';

export const trackRecommendation = defineAction({
  id: 'recommendation.track',
  permission: 'recommendation.track',
  input: ZTrackRecommendationInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const assessment = await tx.assessment.findFirst({
        where: { AND: [{ id: input.assessmentId, status: { in: [...SUBMITTED_STATUSES] } }, assessmentWhereForUser(user, 'assessment.view')] },
        select: { id: true, snapshots: { orderBy: { sequence: 'desc' }, take: 1, select: { result: true } } },
      });
      if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
      const result = assessment.snapshots[0]?.result as unknown as TFinalScoringResult | undefined;
      if (!result?.protection.recommendations.some((recommendation) => recommendation.id === input.recommendationId)) {
        throw new AppError('INVALID_INPUT', 'No such recommendation.', { recommendationId: ['validation.invalid'] });
      }
      const key = { assessmentId: assessment.id, recommendationId: input.recommendationId };
      const progress = await tx.recommendationProgress.upsert({
        where: { assessmentId_recommendationId: key },
        create: { ...key, state: input.state, note: input.note, updatedById: user.id },
        update: { state: input.state, note: input.note, updatedById: user.id, updatedAt: new Date() },
        select: { assessmentId: true, recommendationId: true, state: true, note: true, updatedAt: true },
      });
      await recordAuditEvent(tx, { actor: user, action: 'recommendation.track', entityType: 'Assessment', entityId: assessment.id, data: { recommendationId: input.recommendationId, state: input.state } });
      return progress;
    });
  },
});
