// Records for integration tests, made directly in the database with unique names so tests never
// depend on each other's data. Answers come from the scoring library's golden profiles.
import gradeA from '../scoring/fixtures/consistency-grade-a.json';
import { freezeResult } from '../assessments/snapshot';
import type { Prisma, PrismaClient } from '../db/generated/client';
import type { SubjectivityStatus, SubmissionStatus } from '../db/generated/enums';
import { buildSubmissionFacts } from '../placement/submission-facts';
import { CURRENT_QUESTIONNAIRE_VERSION } from '../questionnaire';

/** A complete answer set of the current questionnaire (every visible required question answered). */
export const COMPLETE_ANSWERS: Readonly<Record<string, unknown>> = gradeA.answers;

let counter = 0;
export function uniqueName(prefix: string): string {
  counter++;
  return `${prefix} ${Date.now().toString(36)}-${process.pid}-${counter}`;
}

export async function createTestClient(
  db: PrismaClient,
  options: { brokerageId: string; responsibleBrokerId?: string; name?: string; employeeCount?: number; industry?: string; country?: string },
) {
  const name = options.name ?? uniqueName('Testkunde GmbH');
  const organization = await db.organization.create({ data: { kind: 'CLIENT_COMPANY', name, country: 'DE' }, select: { id: true } });
  return db.clientCompany.create({
    data: {
      organizationId: organization.id,
      brokerageId: options.brokerageId,
      responsibleBrokerId: options.responsibleBrokerId ?? null,
      name,
      industry: options.industry ?? 'manufacturing',
      country: options.country ?? 'DE',
      revenueBand: 'from_10m_to_50m',
      employeeCount: options.employeeCount ?? 250,
    },
    select: { id: true, name: true, organizationId: true, brokerageId: true },
  });
}

type TTestClient = Awaited<ReturnType<typeof createTestClient>>;

/** A draft of a new client (or of `client`, assessed again), with the given answers stored as version 1 by the broker. */
export async function createTestDraft(
  db: PrismaClient,
  options: { brokerageId: string; brokerId: string; client?: TTestClient; answers?: Readonly<Record<string, unknown>>; sharedWithClient?: boolean; questionnaireVersion?: string },
) {
  const client = options.client ?? (await createTestClient(db, { brokerageId: options.brokerageId, responsibleBrokerId: options.brokerId }));
  const answers = Object.entries(options.answers ?? {});
  const assessment = await db.assessment.create({
    data: {
      clientCompanyId: client.id,
      brokerageId: options.brokerageId,
      brokerId: options.brokerId,
      questionnaireVersion: options.questionnaireVersion ?? CURRENT_QUESTIONNAIRE_VERSION,
      revision: answers.length > 0 ? 1 : 0,
      sharedWithClientAt: options.sharedWithClient ? new Date() : null,
      answers: {
        create: answers.map(([questionId, value]) => ({ questionId, value: value as Prisma.InputJsonValue, version: 1, revision: 1, updatedById: options.brokerId })),
      },
    },
    select: { id: true },
  });
  return { client, assessmentId: assessment.id };
}

/** A submitted assessment (draft + frozen result) of a new client (or of `client`), without a placement. */
export async function createTestSubmittedAssessment(db: PrismaClient, options: { brokerageId: string; brokerId: string; client?: TTestClient }) {
  const { client, assessmentId } = await createTestDraft(db, { ...options, answers: COMPLETE_ANSWERS });
  const frozen = freezeResult(CURRENT_QUESTIONNAIRE_VERSION, COMPLETE_ANSWERS as never);
  const snapshot = await db.assessmentSnapshot.create({
    data: { ...frozen, assessmentId, answers: frozen.answers as Prisma.InputJsonObject, result: frozen.result as unknown as Prisma.InputJsonObject, submittedById: options.brokerId },
    select: { id: true, answers: true, result: true, score: true, grade: true, masterKeyExposure: true },
  });
  await db.assessment.update({ where: { id: assessmentId }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
  return { client, assessmentId, snapshot };
}

/**
 * A placement of a new submitted assessment with one submission per insurer, all in `status`
 * (version 1). A QUOTED one gets terms valid until `validUntil` and one subjectivity in `subjectivity`.
 */
export async function createTestPlacement(
  db: PrismaClient,
  options: { brokerageId: string; brokerId: string; client?: TTestClient; insurerIds: string[]; status?: SubmissionStatus; validUntil?: string; subjectivity?: SubjectivityStatus },
) {
  const { client, assessmentId, snapshot } = await createTestSubmittedAssessment(db, options);
  const facts = buildSubmissionFacts({ ...snapshot, answers: snapshot.answers as Record<string, unknown>, result: snapshot.result as never });
  const status = options.status ?? 'SUBMITTED';
  const placement = await db.placement.create({
    data: { assessmentId, brokerageId: options.brokerageId, clientCompanyId: client.id, requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: new Date('2027-01-01'), createdById: options.brokerId },
    select: { id: true },
  });
  const submissionIds: string[] = [];
  const subjectivityIds: string[] = [];
  for (const insurerId of options.insurerIds) {
    const submission = await db.submission.create({
      data: {
        placementId: placement.id,
        assessmentId,
        insurerId,
        brokerageId: options.brokerageId,
        clientCompanyId: client.id,
        snapshotId: snapshot.id,
        clientName: client.name,
        industry: 'manufacturing',
        country: 'DE',
        ...facts,
        effectiveGrade: facts.grade,
        status,
        ...(status === 'QUOTED'
          ? { quotedLimitEur: 1_000_000, quotedRetentionEur: 10_000, quotedPremiumEur: 9_000, quoteValidUntil: new Date(`${options.validUntil ?? '2099-12-31'}T00:00:00Z`) }
          : {}),
      },
      select: { id: true },
    });
    submissionIds.push(submission.id);
    if (status === 'QUOTED') {
      const subjectivity = await db.subjectivity.create({
        data: { submissionId: submission.id, text: 'MFA for every administrator', dueDate: new Date('2099-01-31T00:00:00Z'), status: options.subjectivity ?? 'OPEN' },
        select: { id: true },
      });
      subjectivityIds.push(subjectivity.id);
    }
  }
  return { client, assessmentId, placementId: placement.id, submissionIds, subjectivityIds };
}

/** A claim in REPORTED, on the latest snapshot of the client's assessment, optionally under an insurer's bound cover (insurerId only: what the policy reads). */
export async function createTestClaim(db: PrismaClient, options: { assessmentId: string; insurerId?: string | null; reference?: string }) {
  const snapshot = await db.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: options.assessmentId }, orderBy: { sequence: 'desc' }, select: { id: true, assessment: { select: { clientCompanyId: true, brokerageId: true } } } });
  counter++;
  return db.claim.create({
    data: {
      reference: options.reference ?? `TEST-${Date.now().toString(36)}-${process.pid}-${counter}`,
      clientCompanyId: snapshot.assessment.clientCompanyId,
      brokerageId: snapshot.assessment.brokerageId,
      assessmentId: options.assessmentId,
      snapshotId: snapshot.id,
      insurerId: options.insurerId ?? null,
      incidentType: 'token_compromise',
      discoveredAt: new Date(),
      description: 'Forged tokens accepted by the ERP portal.',
      affectedServices: [],
      affectedData: [],
    },
    select: { id: true, reference: true, version: true },
  });
}
