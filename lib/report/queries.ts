import 'server-only';
// The PDF risk report for a reader: loaded through the assessment's policy (another tenant's
// assessment, or a draft without a snapshot, is null → 404), keyed by its content hash and served
// from the store when it was rendered before; else rendered once and stored.
//
// Two queries on a stored report (the assessment with its latest snapshot's facts and the terms the
// reader may see; the store), one more to render: the snapshot's answers and result are only read
// when the document must be drawn.
import { assertCan } from '../auth/assert';
import { assessmentWhereForUser, knownSubmissionWhereForUser } from '../auth/policy';
import { latestSnapshotFor } from '../assessments/latest-snapshot';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { TLocale } from '../i18n/config';
import { getQuestionnaire, type TAnswers } from '../questionnaire';
import type { TFinalScoringResult } from '../scoring';
import { isoDay, todayIsoDate } from '../today';
import { isRecordId } from '../validation';
import { buildReportModel, reportGeneratedAt } from './build-report-model';
import { createPostgresReportStore } from './postgres-report-store';
import { reportFileName } from './report-file-name';
import { computeReportHash } from './report-hash';
import type { TReportStore } from './report-store';
import { pickReportTerms, type TReportTerms, type TSubjectivityStatus, type TTermsCandidate } from './report-terms';
import { renderReportPdf } from './render-report-pdf';

export type TReportDownload = { bytes: Uint8Array; fileName: string; contentHash: string; locale: TLocale; isFromStore: boolean };

const termsSelect = {
  insurerId: true,
  insurer: { select: { name: true } },
  snapshotId: true,
  status: true,
  statusChangedAt: true,
  quotedLimitEur: true,
  quotedRetentionEur: true,
  quotedPremiumEur: true,
  quoteValidUntil: true,
  subjectivities: { select: { text: true, dueDate: true, status: true } },
} as const satisfies Prisma.SubmissionSelect;

type TTermsRow = Prisma.SubmissionGetPayload<{ select: typeof termsSelect }>;


function toCandidate(row: TTermsRow, bound: { at: Date } | null): TTermsCandidate {
  return {
    insurerId: row.insurerId,
    insurerName: row.insurer.name,
    status: row.status,
    isBound: bound !== null,
    limitEur: row.quotedLimitEur,
    retentionEur: row.quotedRetentionEur,
    premiumEur: row.quotedPremiumEur,
    validUntil: row.quoteValidUntil ? isoDay(row.quoteValidUntil) : null,
    decidedAt: (bound?.at ?? row.statusChangedAt).toISOString(),
    subjectivities: row.subjectivities.map((subjectivity) => ({ text: subjectivity.text, dueDate: isoDay(subjectivity.dueDate), status: subjectivity.status as TSubjectivityStatus })),
  };
}

export async function getReportPdfForUser(options: { user: TSessionUser; assessmentId: string; locale: TLocale; store?: TReportStore }): Promise<TReportDownload | null> {
  const { user, locale } = options;
  assertCan(user, 'assessment.view');
  if (!isRecordId(options.assessmentId)) return null;
  const db = getDb();
  const store = options.store ?? createPostgresReportStore(db);
  const row = await db.assessment.findFirst({
    where: { AND: [{ id: options.assessmentId }, assessmentWhereForUser(user, 'assessment.view')] },
    select: {
      id: true,
      clientCompany: { select: { name: true, industry: true, country: true } },
      broker: { select: { name: true } },
      brokerage: { select: { name: true } },
      // What the reader may know of the placement: a broker their brokerage's submissions, an
      // underwriter their insurer's, the insured its placement's (names on the cover; terms only bound ones: pickReportTerms).
      submissions: { where: knownSubmissionWhereForUser(user), orderBy: { submittedAt: 'asc' }, select: termsSelect },
      // The bound quote, whoever bound it (pickReportTerms shows an underwriter only their own insurer's).
      placement: { select: { boundAt: true, boundSubmission: { select: termsSelect } } },
      snapshots: latestSnapshotFor(user, { id: true, questionnaireVersion: true, modelVersion: true, digest: true, createdAt: true, submittedBy: { select: { name: true } } }),
    },
  });
  const snapshot = row?.snapshots[0];
  if (!row || !snapshot) return null;

  // Terms are decided on a snapshot: only those given on the one this report shows.
  const bound = row.placement?.boundSubmission?.snapshotId === snapshot.id ? row.placement.boundSubmission : null;
  const terms: TReportTerms | null = pickReportTerms({
    reader: user,
    candidates: [
      ...(bound ? [toCandidate(bound, { at: row.placement!.boundAt ?? bound.statusChangedAt })] : []),
      ...row.submissions.filter((submission) => submission.snapshotId === snapshot.id).map((submission) => toCandidate(submission, null)),
    ],
  });
  const cover = {
    clientName: row.clientCompany.name,
    industry: row.clientCompany.industry,
    country: row.clientCompany.country,
    brokerName: row.broker.name,
    brokerageName: row.brokerage.name,
    insurerNames: [...new Set(row.submissions.map((submission) => submission.insurer.name))],
    submittedByName: snapshot.submittedBy?.name ?? null,
  };
  const contentHash = computeReportHash({ snapshotId: snapshot.id, snapshotDigest: snapshot.digest, locale, cover, terms });
  const submittedAt = snapshot.createdAt.toISOString();
  const fileName = reportFileName(cover.clientName, todayIsoDate(new Date(reportGeneratedAt(submittedAt, terms))));

  const stored = await store.get(contentHash);
  if (stored) return { bytes: stored.bytes, fileName, contentHash, locale, isFromStore: true };

  const frozen = await db.assessmentSnapshot.findUniqueOrThrow({ where: { id: snapshot.id }, select: { answers: true, result: true } });
  const questionnaire = getQuestionnaire(snapshot.questionnaireVersion);
  if (!questionnaire) throw new Error(`Snapshot ${snapshot.id} names unknown questionnaire ${snapshot.questionnaireVersion}`);
  const model = buildReportModel({
    locale,
    contentHash,
    questionnaire,
    snapshot: {
      questionnaireVersion: snapshot.questionnaireVersion,
      modelVersion: snapshot.modelVersion,
      digest: snapshot.digest,
      submittedAt,
      submittedByName: cover.submittedByName,
      answers: frozen.answers as TAnswers,
      result: frozen.result as unknown as TFinalScoringResult,
    },
    submittedOn: todayIsoDate(snapshot.createdAt),
    company: row.clientCompany,
    brokerName: cover.brokerName,
    brokerageName: cover.brokerageName,
    insurerNames: cover.insurerNames,
    terms,
  });
  const bytes = await renderReportPdf(model);
  await store.put({ contentHash, assessmentId: row.id, snapshotId: snapshot.id, locale, bytes });
  return { bytes, fileName, contentHash, locale, isFromStore: false };
}
