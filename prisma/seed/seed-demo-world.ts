// Idempotent: creates what is missing, leaves what exists (including changed passwords) alone.
import { freezeResult } from '../../lib/assessments/snapshot';
import { buildSubmissionFacts } from '../../lib/placement/submission-facts';
import { hashPassword } from '../../lib/auth/password';
import { sealTotpSecret, totpSecretKey } from '../../lib/auth/totp-secret-box';
import type { Prisma, PrismaClient } from '../../lib/db/generated/client';
import { demoAnswersFor } from './demo-answers';
import { ASSESSMENTS, CLAIMS, CLIENTS, DEMO_PASSWORD, DEMO_TOTP_SECRETS, ORGANIZATIONS, SUBMISSIONS, USERS, type TSeedAssessment, type TSeedSubmission } from './demo-world';

export const SEED_QUESTIONNAIRE_VERSION = 'idp-exposure@1';
const SEED_SUBMITTED_AT = new Date('2026-11-02T09:30:00Z');

export async function seedDemoWorld(db: PrismaClient): Promise<{ created: number }> {
  let created = 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    for (const organization of Object.values(ORGANIZATIONS)) {
      const existing = await tx.organization.findUnique({ where: { id: organization.id }, select: { id: true } });
      if (!existing) {
        await tx.organization.create({ data: organization });
        created++;
      }
    }
    for (const [key, user] of Object.entries(USERS) as Array<[keyof typeof USERS, (typeof USERS)[keyof typeof USERS]]>) {
      const existing = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
      if (!existing) {
        await tx.user.create({ data: { ...user, passwordHash } });
        created++;
      }
      // Accounts that need a second factor are enrolled with their published demo secret.
      const secret = DEMO_TOTP_SECRETS[key];
      if (secret && !(await tx.totpCredential.findUnique({ where: { userId: user.id }, select: { userId: true } }))) {
        // Sealed as the app seals it (SECOND_FACTOR_KEY; the seeding scripts export the app's secrets first).
        const sealed = sealTotpSecret({ secret, userId: user.id, key: totpSecretKey(process.env.SECOND_FACTOR_KEY) });
        await tx.totpCredential.create({ data: { userId: user.id, secret: sealed, confirmedAt: new Date('2026-11-01T08:00:00Z') } });
        created++;
      }
    }
    for (const client of Object.values(CLIENTS)) {
      const existing = await tx.clientCompany.findUnique({ where: { id: client.id }, select: { id: true } });
      if (!existing) {
        await tx.clientCompany.create({ data: client });
        created++;
      }
    }
    for (const assessment of Object.values(ASSESSMENTS) as TSeedAssessment[]) {
      const existing = await tx.assessment.findUnique({ where: { id: assessment.id }, select: { id: true } });
      const client = Object.values(CLIENTS).find((c) => c.id === assessment.clientCompanyId)!;
      const answers = demoAnswersFor(client);
      const submittedAt = assessment.status === 'SUBMITTED' ? SEED_SUBMITTED_AT : null;
      if (!existing) {
        const { sharedWithClient, placedWith: _placedWith, ...fields } = assessment;
        await tx.assessment.create({
          data: {
            ...fields,
            brokerageId: client.brokerageId,
            questionnaireVersion: SEED_QUESTIONNAIRE_VERSION,
            revision: 1,
            sharedWithClientAt: sharedWithClient ? SEED_SUBMITTED_AT : null,
            submittedAt,
            answers: {
              create: Object.entries(answers).map(([questionId, value]) => ({
                questionId,
                value: value as Prisma.InputJsonValue,
                revision: 1,
                updatedById: assessment.brokerId,
                updatedAt: SEED_SUBMITTED_AT,
              })),
            },
          },
        });
        created++;
      }
      // A submitted demo assessment has its frozen result, as if submitted through the app (also
      // for databases seeded before snapshots existed).
      if (submittedAt && !(await tx.assessmentSnapshot.findFirst({ where: { assessmentId: assessment.id }, select: { id: true } }))) {
        const frozen = freezeResult(SEED_QUESTIONNAIRE_VERSION, answers as never);
        await tx.assessmentSnapshot.create({
          data: {
            ...frozen,
            assessmentId: assessment.id,
            answers: frozen.answers as Prisma.InputJsonObject,
            result: frozen.result as unknown as Prisma.InputJsonObject,
            submittedById: assessment.brokerId,
            createdAt: submittedAt,
          },
        });
        created++;
      }
      // A placed demo assessment: one submission per insurer, at the state SUBMISSIONS gives it.
      if (submittedAt && assessment.placedWith.length > 0 && !(await tx.placement.findUnique({ where: { assessmentId: assessment.id }, select: { id: true } }))) {
        const snapshot = await tx.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: assessment.id }, orderBy: { sequence: 'desc' } });
        const facts = buildSubmissionFacts({ ...snapshot, answers: snapshot.answers as Record<string, unknown>, result: snapshot.result as never });
        const placement = await tx.placement.create({
          data: {
            assessmentId: assessment.id,
            brokerageId: client.brokerageId,
            clientCompanyId: client.id,
            requestedLimitEur: 2_000_000,
            requestedRetentionEur: 25_000,
            coverStartDate: new Date('2027-01-01'),
            createdById: assessment.brokerId,
            createdAt: submittedAt,
          },
          select: { id: true },
        });
        for (const insurerId of assessment.placedWith) {
          const seeded = (Object.values(SUBMISSIONS) as TSeedSubmission[]).find((s) => s.assessmentId === assessment.id && s.insurerId === insurerId);
          await seedSubmission(tx, {
            id: seeded?.id,
            state: seeded?.state ?? { status: 'SUBMITTED' },
            data: {
              placementId: placement.id,
              assessmentId: assessment.id,
              insurerId,
              brokerageId: client.brokerageId,
              clientCompanyId: client.id,
              snapshotId: snapshot.id,
              submittedAt,
              statusChangedAt: submittedAt,
              clientName: client.name,
              industry: client.industry,
              country: client.country,
              ...facts,
              effectiveGrade: facts.grade,
            },
            brokerId: assessment.brokerId,
          });
        }
        created++;
      }
    }
    created += await seedDemoClaims(tx);
  }, { timeout: 30_000 });
  return { created };
}

const SEED_DECIDED_AT = new Date('2026-11-10T14:00:00Z');

/** One demo submission and the steps that led to its state: thread, terms, subjectivities, audit rows, the broker's notification. */
async function seedSubmission(
  tx: Prisma.TransactionClient,
  options: { id?: string; state: TSeedSubmission['state']; data: Prisma.SubmissionUncheckedCreateInput; brokerId: string },
): Promise<void> {
  const { state } = options;
  const submission = await tx.submission.create({
    data: {
      ...options.data,
      ...(options.id ? { id: options.id } : {}),
      status: state.status,
      version: state.status === 'SUBMITTED' ? 1 : 2,
      ...(state.status !== 'SUBMITTED' ? { statusChangedAt: SEED_DECIDED_AT } : {}),
      ...(state.status === 'QUOTED'
        ? {
            quotedLimitEur: state.terms.limitEur,
            quotedRetentionEur: state.terms.retentionEur,
            quotedPremiumEur: state.terms.premiumEur,
            quoteValidUntil: new Date(`${state.terms.validUntil}T00:00:00Z`),
          }
        : {}),
    },
    select: { id: true, insurerId: true, clientName: true },
  });
  const audit = (action: string, actorId: string, organizationId: string, createdAt: Date, data: Prisma.InputJsonObject) =>
    tx.auditEvent.create({ data: { action, actorId, organizationId, entityType: 'Submission', entityId: submission.id, createdAt, data } });
  await audit('submission.submit', options.brokerId, options.data.brokerageId, options.data.submittedAt as Date, { insurerId: submission.insurerId, statusAfter: 'SUBMITTED' });
  if (state.status === 'INFO_REQUESTED') {
    await tx.submissionMessage.create({ data: { submissionId: submission.id, kind: 'question', body: state.question, authorId: state.askedById, createdAt: SEED_DECIDED_AT } });
    await audit('submission.requestInformation', state.askedById, submission.insurerId, SEED_DECIDED_AT, { statusBefore: 'SUBMITTED', statusAfter: 'INFO_REQUESTED', questions: state.question });
    await tx.notification.create({ data: { userId: options.brokerId, kind: 'submission.info_requested', submissionId: submission.id, data: { clientName: submission.clientName }, createdAt: SEED_DECIDED_AT } });
  }
  if (state.status === 'QUOTED') {
    for (const subjectivity of state.subjectivities) {
      await tx.subjectivity.create({ data: { id: subjectivity.id, submissionId: submission.id, text: subjectivity.text, dueDate: new Date(`${subjectivity.dueDate}T00:00:00Z`), createdAt: SEED_DECIDED_AT } });
    }
    await audit('submission.quote', state.quotedById, submission.insurerId, SEED_DECIDED_AT, {
      statusBefore: 'SUBMITTED',
      statusAfter: 'QUOTED',
      terms: state.terms,
      subjectivities: state.subjectivities.map(({ text, dueDate }) => ({ text, dueDate })),
    });
    await tx.notification.create({ data: { userId: options.brokerId, kind: 'submission.quoted', submissionId: submission.id, data: { clientName: submission.clientName }, createdAt: SEED_DECIDED_AT } });
  }
}

// Claims support: the demo claims, each linked to the snapshot in force at discovery and to the
// bound cover of its placement if there is one (so the binding insurer's underwriters see it).
async function seedDemoClaims(tx: Prisma.TransactionClient): Promise<number> {
  let created = 0;
  for (const claim of Object.values(CLAIMS)) {
    if (await tx.claim.findUnique({ where: { id: claim.id }, select: { id: true } })) continue;
    const client = Object.values(CLIENTS).find((c) => c.id === claim.clientCompanyId)!;
    const reporter = Object.values(USERS).find((user) => user.id === claim.reportedById)!;
    const discoveredAt = new Date(claim.discoveredAt);
    const snapshot = await tx.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: claim.assessmentId, createdAt: { lte: discoveredAt } }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    const placement = await tx.placement.findUnique({ where: { assessmentId: claim.assessmentId }, select: { boundSubmission: { select: { id: true, insurerId: true } } } });
    await tx.claim.create({
      data: {
        id: claim.id,
        reference: claim.reference,
        clientCompanyId: client.id,
        brokerageId: client.brokerageId,
        assessmentId: claim.assessmentId,
        snapshotId: snapshot.id,
        submissionId: placement?.boundSubmission?.id ?? null,
        insurerId: placement?.boundSubmission?.insurerId ?? null,
        incidentType: claim.incidentType,
        discoveredAt,
        description: claim.description,
        affectedServices: ['ERP portal', 'Microsoft 365'],
        affectedData: ['Customer orders'],
        actionsTaken: 'Sessions of the affected users revoked.',
        contacts: [{ name: reporter.name, role: 'IT lead', email: reporter.email, phone: null }],
        personalDataAffected: true,
        nis2Entity: 'important',
        reportedById: claim.reportedById,
        createdAt: new Date(discoveredAt.getTime() + 3_600_000),
        events: { create: { kind: 'status', data: { to: 'REPORTED' }, authorId: claim.reportedById, createdAt: new Date(discoveredAt.getTime() + 3_600_000) } },
      },
    });
    created++;
  }
  return created;
}
