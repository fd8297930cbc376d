import 'server-only';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { isRecordId } from '../validation';
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
