import 'server-only';
import { Prisma } from '../db/generated/client';
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser, knownSubmissionWhereForUser, maySeeWorkingAnswers } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import type { TAnswerValue } from '../questionnaire';
import type { TFinalScoringResult } from '../scoring';
import { pageWindow, toPage } from '../pagination';
import { isRecordId } from '../validation';
import { answerRecordSelect, answerValuesOf, readableAnswerRecords, toAnswerRecords } from './answers';
import { latestSnapshotFor } from './latest-snapshot';
import type { TAssessmentListQuery } from './schemas';
import { snapshotSummarySelect, toSnapshotSummary } from './submit';
import type { TAnswerRecord, TAnswersState, TAssessmentPage, TAssessmentSummary, TSnapshotSummary } from './types';

const clientCompanySummarySelect = { id: true, name: true, industry: true, country: true, revenueBand: true } as const;

/** The summary's columns; the insurers shown are those the user may know of (a broker and the insured all, an underwriter their own). */
function summarySelect(user: TSessionUser) {
  return {
  id: true,
  status: true,
  questionnaireVersion: true,
  revision: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  sharedWithClientAt: true,
  previousAssessmentId: true,
  clientCompany: { select: clientCompanySummarySelect },
  broker: { select: { name: true } },
  brokerage: { select: { name: true } },
  submissions: { where: knownSubmissionWhereForUser(user), orderBy: { submittedAt: 'asc' }, select: { id: true, insurer: { select: { name: true } } } },
  snapshots: latestSnapshotFor(user, { score: true, grade: true, masterKeyExposure: true }),
  } as const satisfies Prisma.AssessmentSelect;
}

type TSummaryRow = Prisma.AssessmentGetPayload<{ select: ReturnType<typeof summarySelect> }>;

/** The snapshots may carry more (the summary, the result): the headline figures are picked here. */
type TSummaryInput = Omit<TSummaryRow, 'snapshots'> & { snapshots: Array<TSummaryRow['snapshots'][number]> };

function toSummary(row: TSummaryInput): TAssessmentSummary {
  const { broker, brokerage, submissions, snapshots, ...rest } = row;
  const latest = snapshots[0];
  return {
    ...rest,
    brokerName: broker.name,
    brokerageName: brokerage.name,
    insurerNames: submissions.map((submission) => submission.insurer.name),
    scores: latest ? { score: latest.score, grade: latest.grade, masterKeyExposure: latest.masterKeyExposure } : null,
  };
}

/** One page of the assessments the user may see, newest submission first, then last change. */
export async function findAssessmentsForUser(options: { user: TSessionUser; query: TAssessmentListQuery }): Promise<TAssessmentPage> {
  assertCan(options.user, 'assessment.list');
  const { user, query } = options;
  const where: Prisma.AssessmentWhereInput = {
    AND: [
      assessmentWhereForUser(user, 'assessment.list'),
      query.status ? { status: query.status } : { status: { not: 'ARCHIVED' } },
      query.clientCompanyId ? { clientCompanyId: query.clientCompanyId } : {},
      query.q ? { clientCompany: { name: { contains: query.q, mode: 'insensitive' } } } : {},
    ],
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.assessment.count({ where }),
    db.assessment.findMany({
      where,
      orderBy: [{ submittedAt: { sort: 'desc', nulls: 'first' } }, { updatedAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(query),
      select: summarySelect(user),
    }),
  ]);
  return toPage(rows.map(toSummary), total, query);
}

/** Null when missing or outside the user's tenant: both answer 404, so ids reveal nothing. */
export async function getAssessmentForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TAssessmentSummary | null> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const row = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: summarySelect(options.user),
  });
  return row ? toSummary(row) : null;
}

export type TWizardData = { assessment: TAssessmentSummary; answers: TAnswersState };

/** What the questionnaire page needs, in one query: the assessment and every answer with its author. */
export async function getWizardDataForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TWizardData | null> {
  assertCan(options.user, 'assessment.answer');
  if (!isRecordId(options.assessmentId)) return null;
  const row = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.answer')] },
    select: { ...summarySelect(options.user), answers: { select: answerRecordSelect, orderBy: { questionId: 'asc' } } },
  });
  if (!row) return null;
  const { answers, ...summaryRow } = row;
  return {
    assessment: toSummary(summaryRow),
    answers: { assessmentId: row.id, status: row.status, questionnaireVersion: row.questionnaireVersion, revision: row.revision, answers: toAnswerRecords(answers) },
  };
}

export type TResultsData = { assessment: TAssessmentSummary; snapshot: TSnapshotSummary; result: TFinalScoringResult };

/** A submitted assessment's frozen result; null when out of reach or not submitted (no snapshot). */
export async function getResultsForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TResultsData | null> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const row = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: { ...summarySelect(options.user), snapshots: latestSnapshotFor(options.user, { ...snapshotSummarySelect, result: true }) },
  });
  const latest = row?.snapshots[0];
  if (!row || !latest) return null;
  const { result, ...snapshot } = latest;
  return {
    assessment: toSummary(row),
    snapshot: toSnapshotSummary(snapshot),
    result: result as unknown as TFinalScoringResult,
  };
}

export type TAssessmentDetail = TAssessmentSummary & {
  answers: Record<string, TAnswerRecord>;
  snapshot: TSnapshotSummary | null;
  /** The frozen final result once submitted; null while a draft. */
  result: TFinalScoringResult | null;
};

/** An assessment with every answer and, once submitted, its snapshot and result (the API's GET /assessments/{id}). */
export async function getAssessmentDetailForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TAssessmentDetail | null> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const row = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: {
      ...summarySelect(options.user),
      answers: { select: answerRecordSelect, orderBy: { questionId: 'asc' } },
      snapshots: latestSnapshotFor(options.user, { ...snapshotSummarySelect, result: true, answers: true }),
    },
  });
  if (!row) return null;
  const { answers, ...rest } = row;
  const latest = rest.snapshots[0];
  return {
    ...toSummary(rest),
    // While the broker revises, the others read the answers as last submitted.
    answers: readableAnswerRecords({ user: options.user, status: row.status, rows: answers, latest }),
    snapshot: latest ? toSnapshotSummary((({ answers: _answers, ...summary }) => summary)(latest)) : null,
    result: latest ? (latest.result as unknown as TFinalScoringResult) : null,
  };
}

export type TAssessmentOverview = {
  assessment: TAssessmentSummary;
  /** The answered values as they stand, for a draft's progress. */
  values: Record<string, TAnswerValue>;
  snapshot: TSnapshotSummary | null;
  clientUserCount: number;
  /** An underwriter's submission of this assessment to their insurer (the review page); null for others. */
  ownSubmissionId: string | null;
};

/** The assessment page: summary, answers for the progress, the snapshot once submitted, the client's user count. */
export async function getAssessmentOverviewForUser(options: { user: TSessionUser; assessmentId: string }): Promise<TAssessmentOverview | null> {
  assertCan(options.user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const row = await getDb().assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(options.user, 'assessment.view')] },
    select: {
      ...summarySelect(options.user),
      answers: { where: { value: { not: Prisma.AnyNull } }, select: { questionId: true, value: true } },
      snapshots: latestSnapshotFor(options.user, snapshotSummarySelect),
      clientCompany: { select: { ...clientCompanySummarySelect, organization: { select: { _count: { select: { users: { where: { deactivatedAt: null } } } } } } } },
    },
  });
  if (!row) return null;
  const { answers, clientCompany, ...rest } = row;
  const { organization, ...company } = clientCompany;
  const latest = rest.snapshots[0];
  return {
    assessment: toSummary({ ...rest, clientCompany: company }),
    values: maySeeWorkingAnswers(options.user, row.status) ? answerValuesOf(answers.map((answer) => ({ questionId: answer.questionId, value: answer.value as TAnswerValue | null }))) : {},
    snapshot: latest ? toSnapshotSummary(latest) : null,
    clientUserCount: organization._count.users,
    ownSubmissionId: options.user.role === 'UNDERWRITER' ? (rest.submissions[0]?.id ?? null) : null,
  };
}
