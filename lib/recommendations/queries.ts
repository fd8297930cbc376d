import 'server-only';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import type { TAnswerValue } from '../questionnaire';
import type { TFinalScoringResult } from '../scoring';
import { isRecordId } from '../validation';
import { listPrefilledQuestionIds } from './prefill';
import type { TRecommendationProgress } from './types';

/** Progress per recommendation id of an assessment the user may see (empty when out of reach). */
export async function getRecommendationProgressForUser(options: { user: TSessionUser; assessmentId: string }): Promise<Record<string, TRecommendationProgress>> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return {};
  const db = getDb();
  const rows = await db.recommendationProgress.findMany({
    where: { assessmentId: options.assessmentId, assessment: assessmentWhereForUser(options.user, 'assessment.view') },
    select: { recommendationId: true, state: true, note: true, updatedAt: true, updatedById: true },
  });
  const userIds = [...new Set(rows.map((row) => row.updatedById).filter((id): id is string => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  return Object.fromEntries(
    rows.map((row) => [row.recommendationId, { state: row.state, note: row.note, updatedAt: row.updatedAt, updatedByName: row.updatedById ? (names.get(row.updatedById) ?? null) : null }]),
  );
}

/**
 * The questions of a reassessment draft whose carried answer is still the target of a recommendation
 * the client marked DONE on the assessment it continues (for the wizard's hint). Empty for a first
 * assessment, or when the previous assessment is out of the user's reach.
 */
export async function getPrefilledQuestionIdsForUser(options: {
  user: TSessionUser;
  previousAssessmentId: string | null;
  carriedAnswers: Readonly<Record<string, TAnswerValue | null>>;
}): Promise<string[]> {
  if (!options.previousAssessmentId || Object.keys(options.carriedAnswers).length === 0) return [];
  const previous = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.previousAssessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: {
      recommendationProgress: { where: { state: 'DONE' }, select: { recommendationId: true } },
      snapshots: { orderBy: { sequence: 'desc' }, take: 1, select: { result: true } },
    },
  });
  const result = previous?.snapshots[0]?.result as unknown as TFinalScoringResult | undefined;
  if (!previous || !result || previous.recommendationProgress.length === 0) return [];
  return [
    ...listPrefilledQuestionIds({
      recommendations: result.protection.recommendations,
      doneRecommendationIds: new Set(previous.recommendationProgress.map((row) => row.recommendationId)),
      carriedAnswers: options.carriedAnswers,
    }),
  ];
}
