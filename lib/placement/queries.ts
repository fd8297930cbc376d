// Reads of placement and underwriting, each through the policy's where builders: another tenant's
// placement, submission, file or notification is never loaded (null -> 404 on the page).
import 'server-only';
import type { Prisma } from '../db/generated/client';
import type { SubmissionStatus, SubjectivityStatus } from '../db/generated/enums';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser, can, maySeeRevisionInProgress, notificationWhereForUser, placementWhereForUser, submissionWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { pageWindow, toPage, type TPage } from '../pagination';
import type { TFinalScoringResult } from '../scoring';
import { queueOrderBy, queueWhere } from '../underwriting/queue-rules';
import type { TQueueQuery } from '../underwriting/schemas';
import { isRecordId } from '../validation';
import { isoDay } from '../today';

export type TSubjectivityView = {
  id: string;
  text: string;
  dueDate: string;
  status: SubjectivityStatus;
  fulfilledNote: string | null;
  fulfilledAt: Date | null;
  evidence: { id: string; fileName: string; size: number; contentType: string } | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
};

export type TTerms = { limitEur: number | null; retentionEur: number | null; premiumEur: number | null; validUntil: string | null };

export type TSubmissionOverview = {
  id: string;
  version: number;
  status: SubmissionStatus;
  insurerName: string;
  submittedAt: Date;
  statusChangedAt: Date;
  grade: string;
  effectiveGrade: string;
  terms: TTerms;
  declineReasons: string[];
  declineNote: string | null;
  subjectivities: TSubjectivityView[];
};

const subjectivitySelect = {
  id: true,
  text: true,
  dueDate: true,
  status: true,
  fulfilledNote: true,
  fulfilledAt: true,
  reviewNote: true,
  reviewedAt: true,
  evidenceFile: { select: { id: true, fileName: true, size: true, contentType: true } },
} as const satisfies Prisma.SubjectivitySelect;

function toSubjectivity(row: {
  id: string;
  text: string;
  dueDate: Date;
  status: SubjectivityStatus;
  fulfilledNote: string | null;
  fulfilledAt: Date | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  evidenceFile: { id: string; fileName: string; size: number; contentType: string } | null;
}): TSubjectivityView {
  const { evidenceFile, dueDate, ...rest } = row;
  return { ...rest, dueDate: isoDay(dueDate), evidence: evidenceFile };
}

const overviewSelect = {
  id: true,
  version: true,
  status: true,
  submittedAt: true,
  statusChangedAt: true,
  grade: true,
  effectiveGrade: true,
  quotedLimitEur: true,
  quotedRetentionEur: true,
  quotedPremiumEur: true,
  quoteValidUntil: true,
  declineReasons: true,
  declineNote: true,
  insurer: { select: { name: true } },
  subjectivities: { orderBy: [{ dueDate: 'asc' as const }, { createdAt: 'asc' as const }], select: subjectivitySelect },
};

function toOverview(row: {
  id: string;
  version: number;
  status: SubmissionStatus;
  submittedAt: Date;
  statusChangedAt: Date;
  grade: string;
  effectiveGrade: string;
  quotedLimitEur: number | null;
  quotedRetentionEur: number | null;
  quotedPremiumEur: number | null;
  quoteValidUntil: Date | null;
  declineReasons: string[];
  declineNote: string | null;
  insurer: { name: string };
  subjectivities: Parameters<typeof toSubjectivity>[0][];
}): TSubmissionOverview {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    insurerName: row.insurer.name,
    submittedAt: row.submittedAt,
    statusChangedAt: row.statusChangedAt,
    grade: row.grade,
    effectiveGrade: row.effectiveGrade,
    terms: { limitEur: row.quotedLimitEur, retentionEur: row.quotedRetentionEur, premiumEur: row.quotedPremiumEur, validUntil: row.quoteValidUntil ? isoDay(row.quoteValidUntil) : null },
    declineReasons: row.declineReasons,
    declineNote: row.declineNote,
    subjectivities: row.subjectivities.map(toSubjectivity),
  };
}

export type TPlacementPage = {
  assessment: { id: string; clientName: string; isSubmitted: boolean };
  placement: {
    id: string;
    requestedLimitEur: number;
    requestedRetentionEur: number;
    coverStartDate: string;
    message: string | null;
    boundSubmissionId: string | null;
    boundAt: Date | null;
    submissions: TSubmissionOverview[];
  } | null;
  /** Insurers on the platform not yet asked. */
  insurers: Array<{ id: string; name: string }>;
};

/** The placement page of an assessment: the cover request, every insurer's answer side by side, the insurers still to ask. */
export async function getPlacementPageForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TPlacementPage | null> {
  assertCan(options.user, 'placement.view');
  if (!isRecordId(options.assessmentId)) return null;
  const db = getDb();
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: { id: true, status: true, clientCompany: { select: { name: true } }, _count: { select: { snapshots: true } } },
  });
  if (!assessment) return null;
  const [placement, insurers] = await Promise.all([
    db.placement.findFirst({
      where: { AND: [{ assessmentId: assessment.id }, placementWhereForUser(options.user, 'placement.view')] },
      select: {
        id: true,
        requestedLimitEur: true,
        requestedRetentionEur: true,
        coverStartDate: true,
        message: true,
        boundSubmissionId: true,
        boundAt: true,
        submissions: { orderBy: { submittedAt: 'asc' }, select: { ...overviewSelect, insurerId: true } },
      },
    }),
    db.organization.findMany({ where: { kind: 'INSURER' }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  const asked = new Set(placement?.submissions.map((submission) => submission.insurerId) ?? []);
  return {
    assessment: { id: assessment.id, clientName: assessment.clientCompany.name, isSubmitted: assessment.status !== 'DRAFT' && assessment.status !== 'ARCHIVED' && assessment.status !== 'REVISING' && assessment._count.snapshots > 0 },
    placement: placement
      ? {
          id: placement.id,
          requestedLimitEur: placement.requestedLimitEur,
          requestedRetentionEur: placement.requestedRetentionEur,
          coverStartDate: isoDay(placement.coverStartDate),
          message: placement.message,
          boundSubmissionId: placement.boundSubmissionId,
          boundAt: placement.boundAt,
          submissions: placement.submissions.map(toOverview),
        }
      : null,
    insurers: insurers.filter((insurer) => !asked.has(insurer.id)),
  };
}

export type TSubmissionListItem = {
  id: string;
  assessmentId: string;
  version: number;
  status: SubmissionStatus;
  insurerName: string;
  clientName: string;
  industry: string;
  grade: string;
  effectiveGrade: string;
  score: number;
  submittedAt: Date;
  statusChangedAt: Date;
  quoteValidUntil: string | null;
};

/**
 * One page of the submissions of the user's brokerage, with the underwriting queue's filters and sort
 * (lib/underwriting/queue-rules.ts): the same query string means the same rows for either side.
 * The underwriter's own list, with its per-status counts, is the queue (lib/underwriting/queue.ts).
 */
export async function findSubmissionsForUser(options: { user: TSessionUser; query: TQueueQuery; now: Date }): Promise<TPage<TSubmissionListItem>> {
  assertCan(options.user, 'submission.list');
  const { user, query, now } = options;
  const where: Prisma.SubmissionWhereInput = { AND: [submissionWhereForUser(user, 'submission.list'), queueWhere(query, { now })] };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.submission.count({ where }),
    db.submission.findMany({
      where,
      orderBy: queueOrderBy(query),
      ...pageWindow(query),
      select: {
        id: true,
        assessmentId: true,
        version: true,
        status: true,
        clientName: true,
        industry: true,
        grade: true,
        effectiveGrade: true,
        score: true,
        submittedAt: true,
        statusChangedAt: true,
        quoteValidUntil: true,
        insurer: { select: { name: true } },
      },
    }),
  ]);
  return toPage(
    rows.map(({ insurer, quoteValidUntil, ...row }) => ({ ...row, insurerName: insurer.name, quoteValidUntil: quoteValidUntil ? isoDay(quoteValidUntil) : null })),
    total,
    query,
  );
}

export type TThreadMessage = { id: string; kind: string; body: string; authorName: string | null; createdAt: Date };
export type TOverrideView = { id: string; target: string; modelValue: string; overrideValue: string; justification: string; authorName: string | null; createdAt: Date };

export type TSubmissionDetail = TSubmissionOverview & {
  assessmentId: string;
  placementId: string;
  clientName: string;
  industry: string;
  country: string;
  brokerageName: string;
  brokerName: string;
  score: number;
  masterKeyExposure: number;
  placement: { requestedLimitEur: number; requestedRetentionEur: number; coverStartDate: string; isBoundElsewhere: boolean };
  messages: TThreadMessage[];
  /** Every override, newest first; the newest per target is in force. */
  overrides: TOverrideView[];
  snapshot: { id: string; sequence: number; questionnaireVersion: string; submittedAt: Date; answers: Record<string, unknown>; result: TFinalScoringResult };
  /**
   * Revising the answers after questions: `isOpen` while the broker revises (the assessment is
   * REVISING), `readySequence` when a newer snapshot waits to be resubmitted, and the answers of the
   * version before this snapshot (null for a first submission) to show what changed.
   */
  revision: { isOpen: boolean; readySequence: number | null; previous: { sequence: number; answers: Record<string, unknown> } | null };
  /** The broker's notes on the answers (question id -> note). */
  answerNotes: Record<string, string>;
  /** The client's other submissions to the same insurer (earlier assessments, and later ones when this is an old one), newest first. */
  history: Array<{ id: string; assessmentId: string; submittedAt: Date; grade: string; effectiveGrade: string; score: number; status: SubmissionStatus }>;
};

/** One submission as its insurer's underwriters and the placing brokerage see it (null: not theirs). */
export async function getSubmissionForUser(options: { user: TSessionUser; submissionId: string }): Promise<TSubmissionDetail | null> {
  assertCan(options.user, 'submission.view');
  if (!isRecordId(options.submissionId)) return null;
  const db = getDb();
  const row = await db.submission.findFirst({
    where: { AND: [{ id: options.submissionId }, submissionWhereForUser(options.user, 'submission.view')] },
    select: {
      ...overviewSelect,
      assessmentId: true,
      placementId: true,
      insurerId: true,
      clientCompanyId: true,
      clientName: true,
      industry: true,
      country: true,
      score: true,
      masterKeyExposure: true,
      assessment: { select: { status: true, brokerage: { select: { name: true } }, broker: { select: { name: true } }, snapshots: { orderBy: { sequence: 'desc' }, take: 1, select: { sequence: true } } } },
      placement: { select: { requestedLimitEur: true, requestedRetentionEur: true, coverStartDate: true, boundSubmissionId: true } },
      messages: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, body: true, authorId: true, createdAt: true } },
      overrides: { orderBy: { createdAt: 'desc' }, select: { id: true, target: true, modelValue: true, overrideValue: true, justification: true, createdById: true, createdAt: true } },
      snapshot: { select: { id: true, sequence: true, questionnaireVersion: true, createdAt: true, answers: true, result: true } },
      // What this submission was on before it moved to revised answers (never another insurer's version).
      previousSnapshot: { select: { sequence: true, answers: true } },
    },
  });
  if (!row) return null;
  const latestSequence = row.assessment.snapshots[0]?.sequence ?? row.snapshot.sequence;
  const previous = row.previousSnapshot;
  const authorIds = [...new Set([...row.messages.map((m) => m.authorId), ...row.overrides.map((o) => o.createdById)].filter((id): id is string => id !== null))];
  const [authors, notes, history] = await Promise.all([
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    db.assessmentAnswer.findMany({ where: { assessmentId: row.assessmentId, note: { not: null } }, select: { questionId: true, note: true } }),
    db.submission.findMany({
      where: { AND: [{ clientCompanyId: row.clientCompanyId, insurerId: row.insurerId, id: { not: row.id } }, submissionWhereForUser(options.user, 'submission.view')] },
      orderBy: { submittedAt: 'desc' },
      take: 20,
      select: { id: true, assessmentId: true, submittedAt: true, grade: true, effectiveGrade: true, score: true, status: true },
    }),
  ]);
  const nameOf = new Map(authors.map((author) => [author.id, author.name]));
  return {
    ...toOverview(row),
    assessmentId: row.assessmentId,
    placementId: row.placementId,
    clientName: row.clientName,
    industry: row.industry,
    country: row.country,
    brokerageName: row.assessment.brokerage.name,
    brokerName: row.assessment.broker.name,
    score: row.score,
    masterKeyExposure: row.masterKeyExposure,
    placement: {
      requestedLimitEur: row.placement.requestedLimitEur,
      requestedRetentionEur: row.placement.requestedRetentionEur,
      coverStartDate: isoDay(row.placement.coverStartDate),
      isBoundElsewhere: row.placement.boundSubmissionId !== null && row.placement.boundSubmissionId !== row.id,
    },
    messages: row.messages.map((message) => ({ id: message.id, kind: message.kind, body: message.body, createdAt: message.createdAt, authorName: message.authorId ? (nameOf.get(message.authorId) ?? null) : null })),
    overrides: row.overrides.map((override) => ({
      id: override.id,
      target: override.target,
      modelValue: override.modelValue,
      overrideValue: override.overrideValue,
      justification: override.justification,
      createdAt: override.createdAt,
      authorName: override.createdById ? (nameOf.get(override.createdById) ?? null) : null,
    })),
    revision: {
      isOpen: row.assessment.status === 'REVISING',
      // The broker's to act on; an insurer learns of a revision only when it is resubmitted to it.
      readySequence: can(options.user, 'submission.respond') && latestSequence > row.snapshot.sequence ? latestSequence : null,
      previous: previous ? { sequence: previous.sequence, answers: previous.answers as Record<string, unknown> } : null,
    },
    snapshot: {
      id: row.snapshot.id,
      sequence: row.snapshot.sequence,
      questionnaireVersion: row.snapshot.questionnaireVersion,
      submittedAt: row.snapshot.createdAt,
      answers: row.snapshot.answers as Record<string, unknown>,
      result: row.snapshot.result as unknown as TFinalScoringResult,
    },
    // The notes live with the working answers: while the broker revises them, only the broker sees them.
    answerNotes: maySeeRevisionInProgress(options.user, row.assessment.status) ? Object.fromEntries(notes.map((note) => [note.questionId, note.note!])) : {},
    history,
  };
}

export type TAuditEntry = { id: string; action: string; actorName: string | null; organizationName: string | null; createdAt: Date; data: Record<string, unknown> };

/** Every audit row of a submission, oldest first (null: the submission is not the user's). */
export async function getSubmissionAuditForUser(options: { user: TSessionUser; submissionId: string }): Promise<{ submission: { id: string; clientName: string; insurerName: string; status: SubmissionStatus }; entries: TAuditEntry[] } | null> {
  assertCan(options.user, 'submission.view');
  if (!isRecordId(options.submissionId)) return null;
  const db = getDb();
  const submission = await db.submission.findFirst({
    where: { AND: [{ id: options.submissionId }, submissionWhereForUser(options.user, 'submission.view')] },
    select: { id: true, clientName: true, status: true, insurer: { select: { name: true } } },
  });
  if (!submission) return null;
  const rows = await db.auditEvent.findMany({
    where: { entityType: 'Submission', entityId: submission.id },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: { id: true, action: true, createdAt: true, data: true, actor: { select: { name: true } }, organization: { select: { name: true } } },
  });
  return {
    submission: { id: submission.id, clientName: submission.clientName, insurerName: submission.insurer.name, status: submission.status },
    entries: rows.map((row) => ({ id: row.id, action: row.action, createdAt: row.createdAt, actorName: row.actor?.name ?? null, organizationName: row.organization?.name ?? null, data: (row.data ?? {}) as Record<string, unknown> })),
  };
}

/** An evidence file of a subjectivity of a submission the user may see (null otherwise). */
export async function getEvidenceFileForUser(options: { user: TSessionUser; submissionId: string; fileId: string }) {
  assertCan(options.user, 'submission.view');
  if (!isRecordId(options.submissionId) || !isRecordId(options.fileId)) return null;
  return getDb().storedFile.findFirst({
    where: { id: options.fileId, subjectivity: { submission: { AND: [{ id: options.submissionId }, submissionWhereForUser(options.user, 'submission.view')] } } },
    select: { fileName: true, contentType: true, size: true, bytes: true },
  });
}

export type TNotificationView = { id: string; kind: string; submissionId: string | null; claimId: string | null; data: Record<string, string>; readAt: Date | null; createdAt: Date };

export async function findNotificationsForUser(options: { user: TSessionUser; take?: number }): Promise<TNotificationView[]> {
  assertCan(options.user, 'notification.list');
  const rows = await getDb().notification.findMany({
    where: notificationWhereForUser(options.user, 'notification.list'),
    orderBy: { createdAt: 'desc' },
    take: options.take ?? 100,
    select: { id: true, kind: true, submissionId: true, claimId: true, data: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, data: (row.data ?? {}) as Record<string, string> }));
}

/** The unread count in the app shell's header. */
export async function countUnreadNotificationsForUser(options: { user: TSessionUser }): Promise<number> {
  assertCan(options.user, 'notification.list');
  return getDb().notification.count({ where: { AND: [notificationWhereForUser(options.user, 'notification.list'), { readAt: null }] } });
}
