// Action definitions of placement and underwriting (run by the server actions through
// executeAction): the broker offers a submitted assessment to insurers, answers questions,
// fulfils subjectivities, withdraws and binds; the underwriter takes a submission up, overrides
// the model, asks, quotes, declines and reviews subjectivities. Every write locks the submission,
// checks the version the user saw and the status machine (submission-status.ts) before it changes
// anything, and writes the change, its audit row and its notifications in one transaction.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Prisma } from '../db/generated/client';
import type { SubmissionStatus } from '../db/generated/enums';
import { defineAction } from '../auth/action';
import { assessmentWhereForUser, notificationWhereForUser, submissionWhereForUser, type TPermissionOn } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { TFinalScoringResult } from '../scoring';
import { isoDay, todayIsoDate } from '../today';
import { isQuoteExpired } from './flags';
import { notifyBroker, notifyUnderwriters } from './notify';
import {
  ZCreatePlacementInput,
  ZDeclineInput,
  ZFulfilSubjectivityInput,
  ZMarkNotificationsReadInput,
  ZOverrideInput,
  ZQuoteInput,
  ZRequestInformationInput,
  ZRespondInput,
  ZReviewSubjectivityInput,
  ZSubmissionVersionInput,
  ZWithdrawInput,
} from './schemas';
import { changedAnswerIds } from '../assessments/answer-diff';
import { lockAssessment } from '../assessments/answers';
import { getQuestionnaire } from '../questionnaire';
import { buildSubmissionFacts } from './submission-facts';
import { canTransitionSubmission, type TSubmissionActor } from './submission-status';

type TTx = Prisma.TransactionClient;

const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

/** 'YYYY-MM-DD' as the DATE column stores it. */
export function dateOnly(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

const lockedSelect = {
  id: true,
  placementId: true,
  assessmentId: true,
  insurerId: true,
  brokerageId: true,
  clientName: true,
  status: true,
  version: true,
  grade: true,
  effectiveGrade: true,
  snapshotId: true,
  quoteValidUntil: true,
} as const;
type TLockedSubmission = Prisma.SubmissionGetPayload<{ select: typeof lockedSelect }>;

/**
 * The submission, if the user may do `permission` to it, locked for this transaction and at the
 * version the user saw. Another tenant's id is NOT_FOUND; a stale version is a CONFLICT that names
 * the current one — in both cases before anything is written.
 */
async function lockSubmission(tx: TTx, options: { user: TSessionUser; permission: TPermissionOn<'submission'>; submissionId: string; version: number }): Promise<TLockedSubmission> {
  const visible = await tx.submission.findFirst({ where: { AND: [{ id: options.submissionId }, submissionWhereForUser(options.user, options.permission)] }, select: { id: true } });
  if (!visible) throw new AppError('NOT_FOUND', 'Submission not found');
  await tx.$queryRaw`SELECT "id" FROM "Submission" WHERE "id" = ${visible.id} FOR UPDATE`;
  const submission = await tx.submission.findUniqueOrThrow({ where: { id: visible.id }, select: lockedSelect });
  if (submission.version !== options.version) {
    throw new AppError('CONFLICT', 'Somebody changed this submission in the meantime. Reload it and try again.', undefined, {
      reason: 'stale_version',
      currentVersion: submission.version,
      status: submission.status,
    });
  }
  return submission;
}

/**
 * Locks the placement of a submission the user may respond to (NOT_FOUND otherwise, before any
 * lock). Placement, then submission, then assessment: the one order of locks in this module.
 */
async function lockPlacementOf(tx: TTx, options: { user: TSessionUser; submissionId: string }): Promise<void> {
  const visible = await tx.submission.findFirst({ where: { AND: [{ id: options.submissionId }, submissionWhereForUser(options.user, 'submission.respond')] }, select: { placementId: true } });
  if (!visible) throw new AppError('NOT_FOUND', 'Submission not found');
  await tx.$queryRaw`SELECT "id" FROM "Placement" WHERE "id" = ${visible.placementId} FOR UPDATE`;
}

/** Refuses a move the status machine does not allow (nothing has been written yet). */
function assertTransition(submission: TLockedSubmission, to: SubmissionStatus, actor: TSubmissionActor): void {
  if (!canTransitionSubmission({ from: submission.status, to, actor })) {
    throw new AppError('CONFLICT', `This submission cannot move from ${submission.status} to ${to}.`, undefined, { reason: 'illegal_transition', from: submission.status, to });
  }
}

/** Bumps the version (and moves the status) of a locked submission, with its audit row. */
async function writeSubmission(
  tx: TTx,
  options: {
    user: TSessionUser | null;
    submission: TLockedSubmission;
    action: string;
    to?: SubmissionStatus;
    data?: Prisma.SubmissionUpdateInput;
    audit: Record<string, unknown>;
  },
): Promise<{ id: string; version: number; status: SubmissionStatus }> {
  const { submission, to } = options;
  const updated = await tx.submission.update({
    where: { id: submission.id },
    data: { ...options.data, version: { increment: 1 }, ...(to && to !== submission.status ? { status: to, statusChangedAt: new Date() } : {}) },
    select: { id: true, version: true, status: true },
  });
  await recordAuditEvent(tx, {
    actor: options.user,
    action: options.action,
    entityType: 'Submission',
    entityId: submission.id,
    data: { ...(to ? { statusBefore: submission.status, statusAfter: updated.status } : {}), versionAfter: updated.version, ...options.audit } as Prisma.InputJsonObject,
  });
  return updated;
}

function transaction<T>(run: (tx: TTx) => Promise<T>): Promise<T> {
  return getDb().$transaction(run, { timeout: 15_000 });
}

// ---------------------------------------------------------------- broker: placement

export const createPlacement = defineAction({
  id: 'placement.create',
  permission: 'placement.create',
  input: ZCreatePlacementInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const assessment = await tx.assessment.findFirst({
        where: { AND: [{ id: input.assessmentId }, assessmentWhereForUser(user, 'assessment.view')] },
        select: { id: true, brokerageId: true, clientCompany: { select: { id: true, name: true, industry: true, country: true } } },
      });
      if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
      const insurerIds = [...new Set(input.insurerIds)];
      const insurers = await tx.organization.findMany({ where: { id: { in: insurerIds }, kind: 'INSURER' }, select: { id: true } });
      if (insurers.length !== insurerIds.length) throw new AppError('INVALID_INPUT', 'Choose insurers from the list.', { insurerIds: ['validation.chooseInsurer'] });

      // Locks in the order every placement action takes (placement, submission, assessment): an
      // existing placement first, then the assessment, whose status and newest snapshot are read
      // under the lock (a revision or a submit cannot slip in between). The assessment lock also
      // orders two brokers placing it at the same moment.
      await tx.$queryRaw`SELECT "id" FROM "Placement" WHERE "assessmentId" = ${assessment.id} FOR UPDATE`;
      const { status } = await lockAssessment(tx, assessment.id);
      if (status === 'DRAFT' || status === 'ARCHIVED' || status === 'REVISING') {
        throw new AppError('CONFLICT', 'Only a submitted assessment can be placed.', undefined, { reason: status === 'REVISING' ? 'revision_open' : 'not_submitted' });
      }
      const snapshot = await tx.assessmentSnapshot.findFirst({ where: { assessmentId: assessment.id }, orderBy: { sequence: 'desc' } });
      if (!snapshot) throw new AppError('CONFLICT', 'Only a submitted assessment can be placed.', undefined, { reason: 'not_submitted' });
      const existing = await tx.placement.findUnique({ where: { assessmentId: assessment.id }, select: { id: true, boundSubmissionId: true, submissions: { select: { insurerId: true } } } });
      if (existing?.boundSubmissionId) throw new AppError('CONFLICT', 'This placement is bound.', undefined, { reason: 'already_bound' });
      const placement =
        existing ??
        (await tx.placement.create({
          data: {
            assessmentId: assessment.id,
            brokerageId: assessment.brokerageId,
            clientCompanyId: assessment.clientCompany.id,
            requestedLimitEur: input.requestedLimitEur,
            requestedRetentionEur: input.requestedRetentionEur,
            coverStartDate: dateOnly(input.coverStartDate),
            message: input.message?.trim() || null,
            createdById: user.id,
          },
          select: { id: true, boundSubmissionId: true, submissions: { select: { insurerId: true } } },
        }));
      const already = new Set(placement.submissions.map((submission) => submission.insurerId));
      const added = insurerIds.filter((id) => !already.has(id));
      if (added.length === 0) throw new AppError('CONFLICT', 'Every chosen insurer has this submission already.', { insurerIds: ['validation.insurerAlreadyAsked'] }, { reason: 'already_submitted' });

      const facts = buildSubmissionFacts({ ...snapshot, answers: snapshot.answers as Record<string, unknown>, result: snapshot.result as unknown as TFinalScoringResult });
      const created: string[] = [];
      for (const insurerId of added) {
        const submission = await tx.submission.create({
          data: {
            placementId: placement.id,
            assessmentId: assessment.id,
            insurerId,
            brokerageId: assessment.brokerageId,
            clientCompanyId: assessment.clientCompany.id,
            snapshotId: snapshot.id,
            clientName: assessment.clientCompany.name,
            industry: assessment.clientCompany.industry,
            country: assessment.clientCompany.country,
            ...facts,
            effectiveGrade: facts.grade,
          },
          select: { id: true, assessmentId: true, insurerId: true, clientName: true },
        });
        if (input.message?.trim()) {
          await tx.submissionMessage.create({ data: { submissionId: submission.id, kind: 'note', body: input.message.trim(), authorId: user.id } });
        }
        await recordAuditEvent(tx, {
          actor: user,
          action: 'submission.submit',
          entityType: 'Submission',
          entityId: submission.id,
          data: { placementId: placement.id, insurerId, snapshotId: snapshot.id, statusAfter: 'SUBMITTED', newPlacement: !existing },
        });
        await notifyUnderwriters(tx, submission, 'submission.submitted');
        created.push(submission.id);
      }
      return { placementId: placement.id, assessmentId: assessment.id, submissionIds: created };
    }),
});

/**
 * The client's choice: one quote of the placement is bound (Placement.boundSubmissionId is unique,
 * and the placement row is locked, so two binds at once cannot both win); the other open quotes
 * are not taken up. An expired quote cannot be bound.
 */
export const bindSubmission = defineAction({
  id: 'placement.bind',
  permission: 'placement.bind',
  input: ZSubmissionVersionInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      // The placement is locked before its submission, the order every bind takes: two binds of one
      // placement queue on the placement (the second then finds it bound or its own quote lapsed)
      // instead of each holding one submission and waiting for the other's (a deadlock).
      await lockPlacementOf(tx, { user, submissionId: input.submissionId });
      const submission = await lockSubmission(tx, { user, permission: 'submission.respond', ...input });
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: submission.placementId }, select: { id: true, boundSubmissionId: true } });
      if (placement.boundSubmissionId) throw new AppError('CONFLICT', 'Another quote of this placement is bound already.', undefined, { reason: 'already_bound' });
      assertTransition(submission, 'BOUND', 'broker');
      if (isQuoteExpired({ status: submission.status, validUntil: submission.quoteValidUntil ? isoDay(submission.quoteValidUntil) : null, today: todayIsoDate() })) {
        throw new AppError('CONFLICT', 'This quote has expired.', undefined, { reason: 'quote_expired' });
      }
      const bound = await writeSubmission(tx, { user, submission, action: 'placement.bind', to: 'BOUND', audit: { placementId: placement.id } });
      await tx.placement.update({ where: { id: placement.id }, data: { boundSubmissionId: submission.id, boundAt: new Date(), boundById: user.id } });
      await notifyUnderwriters(tx, submission, 'submission.bound');
      // The other quotes lapse: a move of the system, each with its own audit row.
      const others = await tx.submission.findMany({ where: { placementId: placement.id, id: { not: submission.id }, status: 'QUOTED' }, select: lockedSelect });
      for (const other of others) {
        await writeSubmission(tx, { user: null, submission: other, action: 'submission.notTakenUp', to: 'NOT_TAKEN_UP', audit: { boundSubmissionId: submission.id, byUserId: user.id } });
      }
      return bound;
    }),
});

// ---------------------------------------------------------------- broker: revise and respond

/**
 * An insurer asked questions: the broker reopens the submitted answers to revise them. The
 * assessment becomes REVISING (editable by the broker in the wizard); every insurer keeps seeing the
 * last snapshot until the revision is submitted as the next one, and "answer and resubmit" then
 * sends that one to the insurer that asked. Asking again while revising changes nothing.
 */
export const reviseAnswers = defineAction({
  id: 'submission.revise',
  permission: 'submission.respond',
  input: ZSubmissionVersionInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      // Placement, submission, assessment: the order every placement action locks in (a bind at the
      // same moment waits, or finds this revision open).
      await lockPlacementOf(tx, { user, submissionId: input.submissionId });
      const submission = await lockSubmission(tx, { user, permission: 'submission.respond', ...input });
      if (submission.status !== 'INFO_REQUESTED') {
        throw new AppError('CONFLICT', 'Answers are revised when an insurer has asked questions.', undefined, { reason: 'not_questioned', status: submission.status });
      }
      const assessment = await lockAssessment(tx, submission.assessmentId);
      if (assessment.status === 'REVISING') return { assessmentId: submission.assessmentId, isNew: false };
      if (assessment.status !== 'SUBMITTED') throw new AppError('CONFLICT', 'Only a submitted assessment can be revised.', undefined, { reason: 'not_submitted', status: assessment.status });
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: submission.placementId }, select: { boundSubmissionId: true } });
      if (placement.boundSubmissionId) throw new AppError('CONFLICT', 'Another quote of this placement is bound already.', undefined, { reason: 'already_bound' });
      await tx.assessment.update({ where: { id: submission.assessmentId }, data: { status: 'REVISING' } });
      await recordAuditEvent(tx, { actor: user, action: 'assessment.revise', entityType: 'Assessment', entityId: submission.assessmentId, data: { submissionId: submission.id, snapshotId: submission.snapshotId } });
      return { assessmentId: submission.assessmentId, isNew: true };
    }),
});

/**
 * The broker answers the questions and resubmits. When the answers were revised (a newer snapshot
 * exists), the submission moves to it: its portfolio facts are the new snapshot's, an underwriter's
 * grade override stands, and the audit row records grade, score and the changed answers before and
 * after. An open revision must be submitted first.
 */
export const respondToSubmission = defineAction({
  id: 'submission.respond',
  permission: 'submission.respond',
  input: ZRespondInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.respond', ...input });
      assertTransition(submission, 'SUBMITTED', 'broker');
      const assessment = await lockAssessment(tx, submission.assessmentId);
      if (assessment.status === 'REVISING') throw new AppError('CONFLICT', 'Submit the revised answers first.', undefined, { reason: 'revision_open' });
      const revision = await moveToLatestSnapshot(tx, submission);
      const message = await tx.submissionMessage.create({ data: { submissionId: submission.id, kind: 'answer', body: input.answer.trim(), authorId: user.id }, select: { id: true } });
      const result = await writeSubmission(tx, {
        user,
        submission,
        action: 'submission.resubmit',
        to: 'SUBMITTED',
        data: { submittedAt: new Date(), ...(revision?.data ?? {}) },
        audit: { messageId: message.id, answer: input.answer.trim(), ...(revision ? { revision: revision.audit } : {}) },
      });
      await notifyUnderwriters(tx, submission, 'submission.resubmitted');
      return result;
    }),
});

/** The newest snapshot's facts for a submission still on an older one (null when it is on the newest). */
async function moveToLatestSnapshot(tx: TTx, submission: TLockedSubmission): Promise<{ data: Prisma.SubmissionUpdateInput; audit: Record<string, unknown> } | null> {
  const latest = await tx.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: submission.assessmentId }, orderBy: { sequence: 'desc' } });
  if (latest.id === submission.snapshotId) return null;
  const before = await tx.assessmentSnapshot.findUniqueOrThrow({ where: { id: submission.snapshotId }, select: { id: true, sequence: true, grade: true, score: true, answers: true } });
  const facts = buildSubmissionFacts({ ...latest, answers: latest.answers as Record<string, unknown>, result: latest.result as unknown as TFinalScoringResult });
  // The underwriter's grade override in force stands (the newest for the grade); otherwise the new model grade.
  const gradeOverride = await tx.submissionOverride.findFirst({ where: { submissionId: submission.id, target: 'grade' }, orderBy: { createdAt: 'desc' }, select: { overrideValue: true } });
  const order = getQuestionnaire(latest.questionnaireVersion)?.questions.map((question) => question.id) ?? [];
  return {
    data: { snapshot: { connect: { id: latest.id } }, previousSnapshot: { connect: { id: before.id } }, ...facts, effectiveGrade: gradeOverride?.overrideValue ?? facts.grade },
    audit: {
      snapshotBefore: { id: before.id, sequence: before.sequence, grade: before.grade, score: before.score },
      snapshotAfter: { id: latest.id, sequence: latest.sequence, grade: latest.grade, score: latest.score },
      effectiveGradeBefore: submission.effectiveGrade,
      changedQuestionIds: changedAnswerIds({ before: before.answers as Record<string, unknown>, after: latest.answers as Record<string, unknown>, order }),
    },
  };
}

export const withdrawSubmission = defineAction({
  id: 'submission.withdraw',
  permission: 'submission.respond',
  input: ZWithdrawInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.respond', ...input });
      assertTransition(submission, 'WITHDRAWN', 'broker');
      const reason = input.reason?.trim() || null;
      if (reason) await tx.submissionMessage.create({ data: { submissionId: submission.id, kind: 'note', body: reason, authorId: user.id } });
      const result = await writeSubmission(tx, { user, submission, action: 'submission.withdraw', to: 'WITHDRAWN', audit: { reason } });
      await notifyUnderwriters(tx, submission, 'submission.withdrawn');
      return result;
    }),
});

export const fulfilSubjectivity = defineAction({
  id: 'subjectivity.fulfil',
  permission: 'submission.respond',
  input: ZFulfilSubjectivityInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.respond', ...input });
      if (submission.status !== 'QUOTED' && submission.status !== 'BOUND') {
        throw new AppError('CONFLICT', 'Subjectivities are fulfilled on a quote.', undefined, { reason: 'not_quoted' });
      }
      const subjectivity = await tx.subjectivity.findFirst({ where: { id: input.subjectivityId, submissionId: submission.id }, select: { id: true, status: true, text: true } });
      if (!subjectivity) throw new AppError('NOT_FOUND', 'Subjectivity not found');
      if (subjectivity.status !== 'OPEN') throw new AppError('CONFLICT', 'This subjectivity is not open.', undefined, { reason: 'not_open', status: subjectivity.status });
      let evidence: { id: string; fileName: string; size: number; sha256: string } | null = null;
      if (input.file) {
        const bytes = new Uint8Array(await input.file.arrayBuffer());
        evidence = await tx.storedFile.create({
          data: {
            fileName: input.file.name,
            contentType: input.file.type.split(';')[0]!.trim().toLowerCase(),
            size: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            bytes,
            uploadedById: user.id,
          },
          select: { id: true, fileName: true, size: true, sha256: true },
        });
      }
      const note = input.note?.trim() || null;
      await tx.subjectivity.update({
        where: { id: subjectivity.id },
        data: { status: 'FULFILLED', fulfilledNote: note, evidenceFileId: evidence?.id ?? null, fulfilledById: user.id, fulfilledAt: new Date(), reviewedById: null, reviewedAt: null, reviewNote: null },
      });
      const result = await writeSubmission(tx, {
        user,
        submission,
        action: 'subjectivity.fulfil',
        audit: { subjectivityId: subjectivity.id, text: subjectivity.text, before: subjectivity.status, after: 'FULFILLED', note, evidence },
      });
      await notifyUnderwriters(tx, submission, 'subjectivity.fulfilled', { subjectivity: subjectivity.text });
      return result;
    }),
});

// ---------------------------------------------------------------- underwriter

export const startReview = defineAction({
  id: 'submission.startReview',
  permission: 'submission.review',
  input: ZSubmissionVersionInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      assertTransition(submission, 'IN_REVIEW', 'underwriter');
      return writeSubmission(tx, { user, submission, action: 'submission.startReview', to: 'IN_REVIEW', audit: {} });
    }),
});

/** While the underwriter still decides: taken up or not, not yet asked, quoted or declined. */
const UNDECIDED: readonly SubmissionStatus[] = ['SUBMITTED', 'IN_REVIEW'];

export const overrideSubmission = defineAction({
  id: 'submission.override',
  permission: 'submission.review',
  input: ZOverrideInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      if (!UNDECIDED.includes(submission.status)) {
        throw new AppError('CONFLICT', 'Overrides are made before the decision.', undefined, { reason: 'decided', status: submission.status });
      }
      let modelValue: string;
      let overrideValue: string;
      if (input.target === 'grade') {
        const grade = input.value.toUpperCase();
        if (!(GRADES as readonly string[]).includes(grade)) throw new AppError('INVALID_INPUT', 'Choose a grade A to E.', { value: ['validation.gradeInvalid'] });
        modelValue = submission.grade;
        overrideValue = grade;
      } else {
        const sectionId = input.target.slice('section:'.length);
        const snapshot = await tx.assessmentSnapshot.findUniqueOrThrow({ where: { id: submission.snapshotId }, select: { result: true } });
        const sections = (snapshot.result as unknown as TFinalScoringResult).risk.sections;
        const section = sections.find((candidate) => candidate.sectionId === sectionId);
        if (!section || section.score === null) throw new AppError('INVALID_INPUT', 'This section has no score to override.', { target: ['validation.invalid'] });
        const score = Number(input.value.replace(',', '.'));
        if (!Number.isFinite(score) || score < 0 || score > 100) throw new AppError('INVALID_INPUT', 'Enter a score from 0 to 100.', { value: ['validation.scoreInvalid'] });
        modelValue = String(Math.round(section.score));
        overrideValue = String(Math.round(score));
      }
      const justification = input.justification.trim();
      const override = await tx.submissionOverride.create({
        data: { submissionId: submission.id, target: input.target, modelValue, overrideValue, justification, createdById: user.id },
        select: { id: true },
      });
      const effectiveGrade = input.target === 'grade' ? overrideValue : submission.effectiveGrade;
      return writeSubmission(tx, {
        user,
        submission,
        action: 'submission.override',
        data: { effectiveGrade },
        audit: { overrideId: override.id, target: input.target, modelValue, overrideValue, justification, effectiveGradeBefore: submission.effectiveGrade, effectiveGradeAfter: effectiveGrade },
      });
    }),
});

export const requestInformation = defineAction({
  id: 'submission.requestInformation',
  permission: 'submission.review',
  input: ZRequestInformationInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      assertTransition(submission, 'INFO_REQUESTED', 'underwriter');
      const questions = input.questions.trim();
      const message = await tx.submissionMessage.create({ data: { submissionId: submission.id, kind: 'question', body: questions, authorId: user.id }, select: { id: true } });
      const result = await writeSubmission(tx, { user, submission, action: 'submission.requestInformation', to: 'INFO_REQUESTED', audit: { messageId: message.id, questions } });
      await notifyBroker(tx, submission, 'submission.info_requested');
      return result;
    }),
});

export const quoteSubmission = defineAction({
  id: 'submission.quote',
  permission: 'submission.review',
  input: ZQuoteInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      assertTransition(submission, 'QUOTED', 'underwriter');
      if (input.validUntil < todayIsoDate()) throw new AppError('INVALID_INPUT', 'A quote must be valid until today or later.', { validUntil: ['validation.dateInPast'] });
      if (input.retentionEur >= input.limitEur) throw new AppError('INVALID_INPUT', 'The retention must be below the limit.', { retentionEur: ['validation.retentionAboveLimit'] });
      const subjectivities = input.subjectivities.map((item) => ({ text: item.text.trim(), dueDate: item.dueDate }));
      if (subjectivities.length > 0) {
        await tx.subjectivity.createMany({ data: subjectivities.map((item) => ({ submissionId: submission.id, text: item.text, dueDate: dateOnly(item.dueDate) })) });
      }
      const overrides = await tx.submissionOverride.findMany({ where: { submissionId: submission.id }, orderBy: { createdAt: 'asc' }, select: { target: true, modelValue: true, overrideValue: true } });
      const terms = { limitEur: input.limitEur, retentionEur: input.retentionEur, premiumEur: input.premiumEur, validUntil: input.validUntil };
      const result = await writeSubmission(tx, {
        user,
        submission,
        action: 'submission.quote',
        to: 'QUOTED',
        data: { quotedLimitEur: terms.limitEur, quotedRetentionEur: terms.retentionEur, quotedPremiumEur: terms.premiumEur, quoteValidUntil: dateOnly(terms.validUntil) },
        audit: { terms, subjectivities, effectiveGrade: submission.effectiveGrade, modelGrade: submission.grade, overrides },
      });
      await notifyBroker(tx, submission, 'submission.quoted');
      return result;
    }),
});

export const declineSubmission = defineAction({
  id: 'submission.decline',
  permission: 'submission.review',
  input: ZDeclineInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      assertTransition(submission, 'DECLINED', 'underwriter');
      const reasons = [...new Set(input.reasons)];
      const note = input.note?.trim() || null;
      const result = await writeSubmission(tx, { user, submission, action: 'submission.decline', to: 'DECLINED', data: { declineReasons: reasons, declineNote: note }, audit: { reasons, note } });
      await notifyBroker(tx, submission, 'submission.declined');
      return result;
    }),
});

export const reviewSubjectivity = defineAction({
  id: 'subjectivity.review',
  permission: 'submission.review',
  input: ZReviewSubjectivityInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const submission = await lockSubmission(tx, { user, permission: 'submission.review', ...input });
      const subjectivity = await tx.subjectivity.findFirst({ where: { id: input.subjectivityId, submissionId: submission.id }, select: { id: true, status: true, text: true } });
      if (!subjectivity) throw new AppError('NOT_FOUND', 'Subjectivity not found');
      // Accept what the broker fulfilled; reopen a fulfilled or an accepted one (e.g. the evidence was wrong).
      const allowed = input.decision === 'accept' ? subjectivity.status === 'FULFILLED' : subjectivity.status !== 'OPEN';
      if (!allowed) throw new AppError('CONFLICT', 'This subjectivity cannot be changed so.', undefined, { reason: 'subjectivity_status', status: subjectivity.status });
      const after = input.decision === 'accept' ? 'ACCEPTED' : 'OPEN';
      const note = input.note?.trim() || null;
      await tx.subjectivity.update({ where: { id: subjectivity.id }, data: { status: after, reviewedById: user.id, reviewedAt: new Date(), reviewNote: note } });
      const result = await writeSubmission(tx, {
        user,
        submission,
        action: input.decision === 'accept' ? 'subjectivity.accept' : 'subjectivity.reopen',
        audit: { subjectivityId: subjectivity.id, text: subjectivity.text, before: subjectivity.status, after, note },
      });
      await notifyBroker(tx, submission, input.decision === 'accept' ? 'subjectivity.accepted' : 'subjectivity.reopened', { subjectivity: subjectivity.text });
      return result;
    }),
});

// ---------------------------------------------------------------- notifications

export const markNotificationsRead = defineAction({
  id: 'notification.markRead',
  permission: 'notification.list',
  input: ZMarkNotificationsReadInput,
  handler: async ({ user, input }) =>
    transaction(async (tx) => {
      const where: Prisma.NotificationWhereInput = {
        AND: [notificationWhereForUser(user, 'notification.list'), { readAt: null }, ...(input.notificationIds ? [{ id: { in: input.notificationIds } }] : [])],
      };
      const { count } = await tx.notification.updateMany({ where, data: { readAt: new Date() } });
      await recordAuditEvent(tx, { actor: user, action: 'notification.markRead', entityType: 'User', entityId: user.id, data: { count, all: input.notificationIds === undefined } });
      return { count };
    }),
});
