import 'server-only';
// The answers of a draft: saved per question with a version each, so that two people editing one
// assessment merge (different questions) or get a conflict (the same question) instead of silently
// overwriting each other. Every save is one transaction under a lock on the assessment row, which
// also orders saves against a submit: once submitted, nothing changes.
import type { Prisma } from '../db/generated/client';
import { assessmentWhereForUser, maySeeWorkingAnswers } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { AppError, type TFieldErrors } from '../errors';
import { getQuestion, getQuestionnaire, isQuestionVisible, pruneHiddenAnswers, validateAnswers, type TAnswerValue, type TQuestionnaire } from '../questionnaire';
import { todayIsoDate } from '../today';
import { isRecordId } from '../validation';
import { latestSnapshotFor } from './latest-snapshot';
import { isEditableStatus } from './status';
import type { TAnswerChange, TSaveAnswersInput } from './schemas';
import type { TAnswerConflict, TAnswerRecord, TAnswersState, TPersonRef } from './types';

export const answerRecordSelect = {
  questionId: true,
  value: true,
  note: true,
  version: true,
  carriedOver: true,
  updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.AssessmentAnswerSelect;

type TAnswerRow = Prisma.AssessmentAnswerGetPayload<{ select: typeof answerRecordSelect }>;

export function toAnswerRecord(row: TAnswerRow): TAnswerRecord {
  return {
    questionId: row.questionId,
    value: (row.value ?? null) as TAnswerValue | null,
    note: row.note,
    version: row.version,
    carriedOver: row.carriedOver,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** Answer rows keyed by question id. */
export function toAnswerRecords(rows: TAnswerRow[]): Record<string, TAnswerRecord> {
  return Object.fromEntries(rows.map((row) => [row.questionId, toAnswerRecord(row)]));
}

/**
 * The answer records a user reads: the working rows, or — for an insurer, and for anyone but the
 * broker while a revision is open (maySeeWorkingAnswers) — those of the newest snapshot they read.
 */
export function readableAnswerRecords(options: {
  user: TSessionUser;
  status: string;
  rows: TAnswerRow[];
  latest: { answers: unknown; createdAt: Date; submittedBy: TPersonRef | null } | undefined;
}): Record<string, TAnswerRecord> {
  if (maySeeWorkingAnswers(options.user, options.status)) return toAnswerRecords(options.rows);
  const { latest } = options;
  if (!latest) return {};
  return Object.fromEntries(
    Object.entries(latest.answers as Record<string, TAnswerValue>).map(([questionId, value]) => [
      questionId,
      { questionId, value, note: null, version: 0, carriedOver: false, updatedAt: latest.createdAt.toISOString(), updatedBy: latest.submittedBy },
    ]),
  );
}

/** The answered values (cleared ones left out), as the question bank and the scoring read them. */
export function answerValuesOf(records: Iterable<{ questionId: string; value: TAnswerValue | null }>): Record<string, TAnswerValue> {
  const values: Record<string, TAnswerValue> = {};
  for (const record of records) if (record.value !== null) values[record.questionId] = record.value;
  return values;
}

function neverAnswered(questionId: string): TAnswerRecord {
  return { questionId, value: null, note: null, version: 0, carriedOver: false, updatedAt: new Date(0).toISOString(), updatedBy: null };
}

/** Values checked by the question bank (with today, for questions about the past); errors keyed `answers.<questionId>`. */
function checkValues(questionnaire: TQuestionnaire, changes: Record<string, TAnswerChange>, today: string): TFieldErrors {
  const errors: TFieldErrors = {};
  const values: Record<string, TAnswerValue> = {};
  for (const [questionId, change] of Object.entries(changes)) {
    if (!getQuestion(questionnaire, questionId)) (errors[`answers.${questionId}`] ??= []).push('validation.questionUnknown');
    else if (change.value !== null) values[questionId] = change.value;
  }
  const checked = validateAnswers(questionnaire, values, 'draft', { today });
  if (!checked.ok) for (const issue of checked.issues) (errors[`answers.${issue.questionId}`] ??= []).push(`scoring.issues.${issue.code}`);
  return errors;
}

/**
 * Takes the assessment's row lock, which orders every change of a draft: saves, a submit, an upgrade.
 * What the caller decides on (status, questionnaire version) is read under the lock, never before it.
 */
export async function lockAssessment(tx: Prisma.TransactionClient, assessmentId: string): Promise<{ status: string; revision: number; questionnaireVersion: string }> {
  const [row] = await tx.$queryRaw<Array<{ status: string; revision: number; questionnaireVersion: string }>>`
    SELECT "status"::text AS "status", "revision", "questionnaireVersion" FROM "Assessment" WHERE "id" = ${assessmentId} FOR UPDATE`;
  if (!row) throw new AppError('NOT_FOUND', 'Assessment not found');
  return row;
}

/**
 * The lock for a save: refuses once the assessment is no longer a draft, or when it moved to another
 * questionnaire than the one the caller checked the input against.
 */
async function lockDraft(tx: Prisma.TransactionClient, assessmentId: string, questionnaireVersion: string): Promise<{ revision: number }> {
  const row = await lockAssessment(tx, assessmentId);
  if (!isEditableStatus(row.status)) throw new AppError('CONFLICT', 'The assessment was submitted and can no longer be changed.', undefined, { reason: 'not_draft', status: row.status });
  if (row.questionnaireVersion !== questionnaireVersion) {
    throw new AppError('CONFLICT', 'The draft moved to another questionnaire version; reload it.', undefined, { reason: 'questionnaire_changed', questionnaireVersion: row.questionnaireVersion });
  }
  return { revision: row.revision };
}

/**
 * Saves answers of a draft. Each change names the version it is based on; if any answer has moved on
 * since (somebody else saved it), nothing is written and the CONFLICT carries every such answer as it
 * stands now, with who changed it and when. Values are checked by the question bank; an answer to a
 * question that the other answers hide is refused. Answers that a change hides are kept (flipping the
 * gate back restores them) but never shown, scored or submitted: the submit stores visible answers only.
 */
export async function saveAnswers(options: { user: TSessionUser; input: TSaveAnswersInput; now?: Date }): Promise<TAnswersState> {
  const { user, input } = options;
  const now = options.now ?? new Date();
  const db = getDb();
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: input.assessmentId }, assessmentWhereForUser(user, 'assessment.answer')] },
    select: { id: true, questionnaireVersion: true },
  });
  if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
  const questionnaire = getQuestionnaire(assessment.questionnaireVersion);
  if (!questionnaire) throw new Error(`Assessment ${assessment.id} names unknown questionnaire ${assessment.questionnaireVersion}`);
  const valueErrors = checkValues(questionnaire, input.answers, todayIsoDate(now));
  if (Object.keys(valueErrors).length > 0) throw new AppError('INVALID_INPUT', 'Some answers are not valid.', valueErrors);

  return db.$transaction(async (tx) => {
    const { revision } = await lockDraft(tx, assessment.id, questionnaire.version);
    const rows = await tx.assessmentAnswer.findMany({ where: { assessmentId: assessment.id }, select: answerRecordSelect });
    const current = new Map(rows.map((row) => [row.questionId, toAnswerRecord(row)]));

    const conflicts: TAnswerConflict[] = [];
    for (const [questionId, change] of Object.entries(input.answers)) {
      const stored = current.get(questionId) ?? neverAnswered(questionId);
      if (stored.version !== change.version) conflicts.push({ questionId, baseVersion: change.version, current: stored });
    }
    if (conflicts.length > 0) {
      throw new AppError('CONFLICT', 'Somebody else changed these answers in the meantime.', undefined, { reason: 'answer_changed', conflicts });
    }

    const merged: Record<string, TAnswerValue | null> = { ...answerValuesOf(current.values()) };
    for (const [questionId, change] of Object.entries(input.answers)) merged[questionId] = change.value;
    const visible = pruneHiddenAnswers(questionnaire, merged);
    const hiddenErrors: TFieldErrors = {};
    for (const [questionId, change] of Object.entries(input.answers)) {
      if (change.value !== null && !isQuestionVisible(getQuestion(questionnaire, questionId)!, visible)) hiddenErrors[`answers.${questionId}`] = ['validation.questionHidden'];
    }
    if (Object.keys(hiddenErrors).length > 0) throw new AppError('INVALID_INPUT', 'Some questions do not apply given the other answers.', hiddenErrors);

    // One statement for the whole batch (Prisma 7 pays per query): insert or bump each answer's version.
    const nextRevision = revision + 1;
    const rowsToWrite = Object.entries(input.answers).map(([questionId, change]) => ({
      q: questionId,
      v: change.value,
      n: change.note === undefined ? (current.get(questionId)?.note ?? null) : change.note || null,
    }));
    await tx.$executeRaw`
      INSERT INTO "AssessmentAnswer" ("assessmentId", "questionId", "value", "note", "version", "revision", "carriedOver", "updatedById", "updatedAt")
      SELECT ${assessment.id}, x.q, x.v, x.n, 1, ${nextRevision}, false, ${user.id}, ${now}
      FROM jsonb_to_recordset(${JSON.stringify(rowsToWrite)}::jsonb) AS x(q text, v jsonb, n text)
      ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET
        "value" = EXCLUDED."value", "note" = EXCLUDED."note", "version" = "AssessmentAnswer"."version" + 1,
        "revision" = EXCLUDED."revision", "carriedOver" = false, "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"`;
    const [updated, writtenRows] = await Promise.all([
      tx.assessment.update({ where: { id: assessment.id }, data: { revision: nextRevision }, select: { status: true, revision: true } }),
      tx.assessmentAnswer.findMany({ where: { assessmentId: assessment.id, questionId: { in: Object.keys(input.answers) } }, select: answerRecordSelect }),
    ]);
    const written = toAnswerRecords(writtenRows);
    return { assessmentId: assessment.id, status: updated.status, questionnaireVersion: questionnaire.version, revision: updated.revision, answers: written };
  });
}

/**
 * The answers of an assessment the user may see: all of them, or those changed after revision
 * `since` (what an open wizard fetches to merge other people's saves). Null when out of reach.
 */
export async function listAnswers(options: { user: TSessionUser; assessmentId: string; since?: number }): Promise<TAnswersState | null> {
  if (!isRecordId(options.assessmentId)) return null;
  const assessment = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: {
      id: true,
      status: true,
      questionnaireVersion: true,
      revision: true,
      answers: { where: options.since ? { revision: { gt: options.since } } : {}, select: answerRecordSelect, orderBy: { questionId: 'asc' } },
      snapshots: latestSnapshotFor(options.user, { answers: true, createdAt: true, submittedBy: { select: { id: true, name: true } } }),
    },
  });
  if (!assessment) return null;
  return {
    assessmentId: assessment.id,
    status: assessment.status,
    questionnaireVersion: assessment.questionnaireVersion,
    revision: assessment.revision,
    answers: readableAnswerRecords({ user: options.user, status: assessment.status, rows: assessment.answers, latest: assessment.snapshots[0] }),
  };
}
