import 'server-only';
// Submitting a draft freezes it: answers, questionnaire version, scoring model version and the full
// result go into one AssessmentSnapshot (immutable: a trigger refuses UPDATE and DELETE), the status
// becomes SUBMITTED, and an audit row records it — in one transaction under the assessment's row
// lock. A second submit (double click, retry, another tab) waits for the lock, finds the snapshot
// and returns it: one submission, however often it is asked for.
import type { Prisma } from '../db/generated/client';
import { assessmentWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError, type TFieldErrors } from '../errors';
import { getQuestion, getQuestionnaire, isQuestionVisible, pruneHiddenAnswers, validateAnswers } from '../questionnaire';
import { todayIsoDate } from '../today';
import { answerValuesOf, lockAssessment } from './answers';
import { freezeResult } from './snapshot';
import { isEditableStatus } from './status';
import type { TSnapshotSummary } from './types';

export const snapshotSummarySelect = {
  id: true,
  sequence: true,
  questionnaireVersion: true,
  modelVersion: true,
  digest: true,
  score: true,
  grade: true,
  masterKeyExposure: true,
  createdAt: true,
  submittedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.AssessmentSnapshotSelect;

export function toSnapshotSummary(row: Prisma.AssessmentSnapshotGetPayload<{ select: typeof snapshotSummarySelect }>): TSnapshotSummary {
  const { createdAt, ...rest } = row;
  return { ...rest, submittedAt: createdAt.toISOString() };
}

export type TSubmitResult = { snapshot: TSnapshotSummary; alreadySubmitted: boolean };

export async function submitDraft(options: { user: TSessionUser; assessmentId: string; now?: Date }): Promise<TSubmitResult> {
  const { user } = options;
  const now = options.now ?? new Date();
  const db = getDb();
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(user, 'assessment.submit')] },
    select: { id: true, questionnaireVersion: true },
  });
  if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
  const questionnaire = getQuestionnaire(assessment.questionnaireVersion);
  if (!questionnaire) throw new Error(`Assessment ${assessment.id} names unknown questionnaire ${assessment.questionnaireVersion}`);

  return db.$transaction(
    async (tx) => {
      const locked = await lockAssessment(tx, assessment.id);
      if (isEditableStatus(locked.status) && locked.questionnaireVersion !== questionnaire.version) {
        throw new AppError('CONFLICT', 'The draft moved to another questionnaire version; reload it.', undefined, { reason: 'questionnaire_changed' });
      }
      if (!isEditableStatus(locked.status)) {
        const existing = await tx.assessmentSnapshot.findFirst({ where: { assessmentId: assessment.id }, orderBy: { sequence: 'desc' }, select: snapshotSummarySelect });
        if (!existing) throw new AppError('CONFLICT', 'The assessment is not a draft.', undefined, { reason: 'not_draft' });
        return { snapshot: toSnapshotSummary(existing), alreadySubmitted: true };
      }

      const rows = await tx.assessmentAnswer.findMany({ where: { assessmentId: assessment.id }, select: { questionId: true, value: true, carriedOver: true } });
      const values = answerValuesOf(rows.map((row) => ({ questionId: row.questionId, value: row.value as never })));
      const visible = pruneHiddenAnswers(questionnaire, values);
      const problems: TFieldErrors = {};
      // A reassessment's carried-over answers are the last assessment's: somebody must confirm them.
      for (const row of rows) {
        if (row.carriedOver && row.value !== null && isQuestionVisible(getQuestion(questionnaire, row.questionId)!, visible)) {
          problems[`answers.${row.questionId}`] = ['validation.confirmCarriedOver'];
        }
      }
      const checked = validateAnswers(questionnaire, values, 'final', { today: todayIsoDate(now) });
      if (!checked.ok) for (const issue of checked.issues) (problems[`answers.${issue.questionId}`] ??= []).push(`scoring.issues.${issue.code}`);
      if (Object.keys(problems).length > 0) {
        throw new AppError('CONFLICT', 'The assessment is not complete yet.', problems, { reason: 'incomplete' });
      }

      const frozen = freezeResult(questionnaire.version, visible);
      // A revision (REVISING) becomes the next snapshot; the earlier ones stay as they were.
      const previous = await tx.assessmentSnapshot.aggregate({ where: { assessmentId: assessment.id }, _max: { sequence: true } });
      const snapshot = await tx.assessmentSnapshot.create({
        data: {
          ...frozen,
          assessmentId: assessment.id,
          sequence: (previous._max.sequence ?? 0) + 1,
          answers: frozen.answers as Prisma.InputJsonObject,
          result: frozen.result as unknown as Prisma.InputJsonObject,
          submittedById: user.id,
          createdAt: now,
        },
        select: snapshotSummarySelect,
      });
      await tx.assessment.update({ where: { id: assessment.id }, data: { status: 'SUBMITTED', submittedAt: now } });
      await recordAuditEvent(tx, {
        actor: user,
        action: 'assessment.submit',
        entityType: 'Assessment',
        entityId: assessment.id,
        data: { snapshotId: snapshot.id, sequence: snapshot.sequence, modelVersion: snapshot.modelVersion, grade: snapshot.grade, score: snapshot.score, digest: snapshot.digest },
      });
      return { snapshot: toSnapshotSummary(snapshot), alreadySubmitted: false };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
