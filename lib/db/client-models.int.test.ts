// Every model and every scalar field of schema.prisma is usable through the generated client on
// the migrated database: each model is written with all its fields set and read back.
import { afterAll, expect, test } from 'vitest';
import { createPrismaClient } from './create-client';
import { Prisma } from './generated/client';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

test('every model round-trips every scalar field', async () => {
  const now = new Date('2026-11-28T10:00:00.000Z');
  const brokerage = await db.organization.create({ data: { kind: 'BROKERAGE', name: `B ${stamp}`, country: 'AT' } });
  const insurer = await db.organization.create({ data: { kind: 'INSURER', name: `I ${stamp}`, country: 'DE' } });
  const companyOrg = await db.organization.create({ data: { kind: 'CLIENT_COMPANY', name: `C ${stamp}`, country: 'DE' } });
  const user = await db.user.create({
    data: { email: `m-${stamp}@x.example`, name: 'M', passwordHash: 'x', role: 'BROKER', organizationId: brokerage.id, locale: 'de', sessionVersion: 3, deactivatedAt: now, lastLoginAt: now },
  });
  const company = await db.clientCompany.create({
    data: {
      organizationId: companyOrg.id,
      brokerageId: brokerage.id,
      name: `C ${stamp}`,
      industry: 'healthcare',
      country: 'DE',
      revenueBand: 'eur_2m_10m',
      employeeCount: 12,
      responsibleBrokerId: user.id,
      emailDomain: 'c.example',
      contactName: 'Ö. Contact',
      contactEmail: 'it@c.example',
    },
  });
  const assessment = await db.assessment.create({
    data: {
      clientCompanyId: company.id,
      brokerageId: brokerage.id,
      brokerId: user.id,
      questionnaireVersion: 'idp-exposure@1',
      status: 'IN_REVIEW',
      revision: 7,
      sharedWithClientAt: now,
      submittedAt: now,
    },
  });
  const reassessment = await db.assessment.create({
    data: { clientCompanyId: company.id, brokerageId: brokerage.id, brokerId: user.id, questionnaireVersion: 'idp-exposure@1', previousAssessmentId: assessment.id },
  });
  const answer = await db.assessmentAnswer.create({
    data: { assessmentId: reassessment.id, questionId: 'dep_idps', value: ['entra_id', 'ümlaut'], note: 'Nötig', version: 4, revision: 3, carriedOver: true, updatedById: user.id, updatedAt: now },
  });
  const snapshot = await db.assessmentSnapshot.create({
    data: {
      assessmentId: assessment.id,
      sequence: 2,
      questionnaireVersion: 'idp-exposure@1',
      modelVersion: 'signet-scoring@1.1.0',
      answers: { dep_idps: ['entra_id'] },
      result: { risk: { score: 61.5 } },
      digest: 'd'.repeat(64),
      score: 61.5,
      grade: 'C',
      masterKeyExposure: 42.1,
      submittedById: user.id,
      createdAt: now,
    },
  });
  const token = await db.apiToken.create({
    data: { userId: user.id, name: 'CRM', tokenHash: `h${stamp}`, prefix: 'sgn_abcdefgh', expiresAt: now, lastUsedAt: now, revokedAt: now, createdAt: now },
  });
  const audit = await db.auditEvent.create({
    data: { actorId: user.id, organizationId: brokerage.id, action: 'test.roundtrip', entityType: 'Assessment', entityId: assessment.id, data: { n: 1 } },
  });
  const attempt = await db.loginAttempt.create({ data: { email: user.email, ip: '127.0.0.1', kind: 'second_factor', succeeded: false } });
  const session = await db.userSession.create({
    data: { userId: user.id, authMethod: 'PASSWORD_TOTP', authenticatedAt: now, reauthenticatedAt: now, lastSeenAt: now, expiresAt: now, endedAt: now, endReason: 'idle', ip: '::1', userAgent: 'UA' },
  });
  const totp = await db.totpCredential.create({ data: { userId: user.id, secret: 'JBSWY3DPEHPK3PXP', confirmedAt: now, lastUsedStep: 59_000_000 } });
  const recovery = await db.recoveryCode.create({ data: { userId: user.id, codeHash: `h-${stamp}`, usedAt: now } });
  const link = await db.setPasswordToken.create({ data: { userId: user.id, tokenHash: `t-${stamp}`, purpose: 'reset', expiresAt: now, usedAt: now, revokedAt: now, createdById: user.id } });
  const event = await db.securityEvent.create({
    data: { type: 'auth.sign_in.failed', userId: user.id, role: 'BROKER', organizationId: brokerage.id, email: user.email, targetUserId: user.id, ip: '::1', userAgent: 'UA', requestId: 'r', data: { step: 'password' } },
  });

  const placement = await db.placement.create({
    data: { assessmentId: assessment.id, brokerageId: brokerage.id, clientCompanyId: company.id, requestedLimitEur: 2_000_000, requestedRetentionEur: 25_000, coverStartDate: new Date('2027-01-01'), message: 'Bitte prüfen', createdById: user.id, boundAt: now, boundById: user.id },
  });
  const submission = await db.submission.create({
    data: {
      placementId: placement.id,
      assessmentId: assessment.id,
      insurerId: insurer.id,
      brokerageId: brokerage.id,
      clientCompanyId: company.id,
      snapshotId: snapshot.id,
      status: 'QUOTED',
      version: 3,
      submittedAt: now,
      statusChangedAt: now,
      clientName: 'Ö GmbH',
      industry: 'healthcare',
      country: 'AT',
      score: 61.5,
      grade: 'C',
      effectiveGrade: 'B',
      masterKeyExposure: 42.1,
      identityProviders: ['microsoft', 'adfs'],
      mailPlatforms: ['exchange_online'],
      expectedAnnualLossEur: 12_345,
      eventLossMeanEur: 250_000,
      eventLossP995Eur: 2_000_000,
      quotedLimitEur: 1_000_000,
      quotedRetentionEur: 10_000,
      quotedPremiumEur: 9_800,
      quoteValidUntil: new Date('2027-02-01'),
      declineReasons: ['mfa'],
      declineNote: 'Nö',
    },
  });
  const boundPlacement = await db.placement.update({ where: { id: placement.id }, data: { boundSubmissionId: submission.id } });
  const message = await db.submissionMessage.create({ data: { submissionId: submission.id, kind: 'question', body: 'Wie viele Admins?', authorId: user.id, createdAt: now } });
  const override = await db.submissionOverride.create({
    data: { submissionId: submission.id, target: 'section:authentication', modelValue: '55', overrideValue: '60', justification: 'Nachweis liegt vor', createdById: user.id, createdAt: now },
  });
  const file = await db.storedFile.create({ data: { fileName: 'nachweis.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64), bytes: new Uint8Array([1, 2, 3]), uploadedById: user.id, createdAt: now } });
  const subjectivity = await db.subjectivity.create({
    data: {
      submissionId: submission.id,
      text: 'MFA für alle',
      dueDate: new Date('2027-01-15'),
      status: 'FULFILLED',
      fulfilledNote: 'erledigt',
      evidenceFileId: file.id,
      fulfilledById: user.id,
      fulfilledAt: now,
      reviewedById: user.id,
      reviewedAt: now,
      reviewNote: 'ok',
      createdAt: now,
    },
  });
  const claim = await db.claim.create({
    data: {
      reference: `CLM-${stamp}`,
      clientCompanyId: company.id,
      brokerageId: brokerage.id,
      assessmentId: assessment.id,
      snapshotId: snapshot.id,
      submissionId: submission.id,
      insurerId: insurer.id,
      status: 'INVESTIGATING',
      version: 2,
      incidentType: 'idp_token_compromise',
      discoveredAt: now,
      description: 'Gefälschte Tokens',
      affectedServices: ['mail'],
      affectedData: ['personal'],
      actionsTaken: 'Schlüssel rotiert',
      contacts: [{ name: 'Ö', role: 'CISO' }],
      personalDataAffected: true,
      nis2Entity: 'important',
      reportedById: user.id,
    },
  });
  const checklistItem = await db.claimChecklistItem.create({ data: { claimId: claim.id, itemId: 'playbook:activate_incident_team', doneById: user.id, doneAt: now } });
  const claimEvent = await db.claimEvent.create({ data: { claimId: claim.id, kind: 'note', data: { a: 1 }, body: 'Notiz', authorId: user.id, createdAt: now } });
  const notification = await db.notification.create({ data: { userId: user.id, kind: 'submission.quoted', submissionId: submission.id, claimId: claim.id, data: { n: 1 }, readAt: now, createdAt: now } });
  const progress = await db.recommendationProgress.create({ data: { assessmentId: assessment.id, recommendationId: 'ctrl_mfa', state: 'DONE', note: 'Fertig', updatedById: user.id, updatedAt: now } });
  const artifact = await db.reportArtifact.create({
    data: { contentHash: `r${stamp}`, assessmentId: assessment.id, snapshotId: snapshot.id, locale: 'de', bytes: new Uint8Array([37, 80, 68, 70]), size: 4, createdAt: now },
  });

  const created: Record<string, Record<string, unknown>> = {
    Organization: brokerage,
    User: user,
    ClientCompany: company,
    Assessment: assessment,
    AssessmentAnswer: answer,
    AssessmentSnapshot: snapshot,
    ApiToken: token,
    AuditEvent: audit,
    LoginAttempt: attempt,
    UserSession: session,
    TotpCredential: totp,
    RecoveryCode: recovery,
    SetPasswordToken: link,
    SecurityEvent: event,
    Placement: boundPlacement,
    Submission: submission,
    SubmissionMessage: message,
    SubmissionOverride: override,
    StoredFile: file,
    Subjectivity: subjectivity,
    Claim: claim,
    ClaimChecklistItem: checklistItem,
    ClaimEvent: claimEvent,
    Notification: notification,
    RecommendationProgress: progress,
    ReportArtifact: artifact,
  };
  // Adding a model to schema.prisma without covering it here fails this test.
  expect(Object.keys(created).sort()).toEqual(Object.values(Prisma.ModelName).sort());

  const reread: Record<string, Record<string, unknown> | null> = {
    Organization: await db.organization.findUnique({ where: { id: brokerage.id } }),
    User: await db.user.findUnique({ where: { id: user.id } }),
    ClientCompany: await db.clientCompany.findUnique({ where: { id: company.id } }),
    Assessment: await db.assessment.findUnique({ where: { id: assessment.id } }),
    AssessmentAnswer: await db.assessmentAnswer.findUnique({ where: { assessmentId_questionId: { assessmentId: reassessment.id, questionId: 'dep_idps' } } }),
    AssessmentSnapshot: await db.assessmentSnapshot.findUnique({ where: { id: snapshot.id } }),
    ApiToken: await db.apiToken.findUnique({ where: { id: token.id } }),
    AuditEvent: await db.auditEvent.findUnique({ where: { id: audit.id } }),
    LoginAttempt: await db.loginAttempt.findUnique({ where: { id: attempt.id } }),
    UserSession: await db.userSession.findUnique({ where: { id: session.id } }),
    TotpCredential: await db.totpCredential.findUnique({ where: { userId: user.id } }),
    RecoveryCode: await db.recoveryCode.findUnique({ where: { id: recovery.id } }),
    SetPasswordToken: await db.setPasswordToken.findUnique({ where: { id: link.id } }),
    SecurityEvent: await db.securityEvent.findUnique({ where: { id: event.id } }),
    Placement: await db.placement.findUnique({ where: { id: placement.id } }),
    Submission: await db.submission.findUnique({ where: { id: submission.id } }),
    SubmissionMessage: await db.submissionMessage.findUnique({ where: { id: message.id } }),
    SubmissionOverride: await db.submissionOverride.findUnique({ where: { id: override.id } }),
    StoredFile: await db.storedFile.findUnique({ where: { id: file.id } }),
    Subjectivity: await db.subjectivity.findUnique({ where: { id: subjectivity.id } }),
    Claim: await db.claim.findUnique({ where: { id: claim.id } }),
    ClaimChecklistItem: await db.claimChecklistItem.findUnique({ where: { claimId_itemId: { claimId: claim.id, itemId: checklistItem.itemId } } }),
    ClaimEvent: await db.claimEvent.findUnique({ where: { id: claimEvent.id } }),
    Notification: await db.notification.findUnique({ where: { id: notification.id } }),
    RecommendationProgress: await db.recommendationProgress.findUnique({ where: { assessmentId_recommendationId: { assessmentId: assessment.id, recommendationId: 'ctrl_mfa' } } }),
    ReportArtifact: await db.reportArtifact.findUnique({ where: { contentHash: artifact.contentHash } }),
  };
  const scalarFields: Record<string, Record<string, string>> = {
    Organization: Prisma.OrganizationScalarFieldEnum,
    User: Prisma.UserScalarFieldEnum,
    ClientCompany: Prisma.ClientCompanyScalarFieldEnum,
    Assessment: Prisma.AssessmentScalarFieldEnum,
    AssessmentAnswer: Prisma.AssessmentAnswerScalarFieldEnum,
    AssessmentSnapshot: Prisma.AssessmentSnapshotScalarFieldEnum,
    ApiToken: Prisma.ApiTokenScalarFieldEnum,
    AuditEvent: Prisma.AuditEventScalarFieldEnum,
    LoginAttempt: Prisma.LoginAttemptScalarFieldEnum,
    UserSession: Prisma.UserSessionScalarFieldEnum,
    TotpCredential: Prisma.TotpCredentialScalarFieldEnum,
    RecoveryCode: Prisma.RecoveryCodeScalarFieldEnum,
    SetPasswordToken: Prisma.SetPasswordTokenScalarFieldEnum,
    SecurityEvent: Prisma.SecurityEventScalarFieldEnum,
    Placement: Prisma.PlacementScalarFieldEnum,
    Submission: Prisma.SubmissionScalarFieldEnum,
    SubmissionMessage: Prisma.SubmissionMessageScalarFieldEnum,
    SubmissionOverride: Prisma.SubmissionOverrideScalarFieldEnum,
    StoredFile: Prisma.StoredFileScalarFieldEnum,
    Subjectivity: Prisma.SubjectivityScalarFieldEnum,
    Claim: Prisma.ClaimScalarFieldEnum,
    ClaimChecklistItem: Prisma.ClaimChecklistItemScalarFieldEnum,
    ClaimEvent: Prisma.ClaimEventScalarFieldEnum,
    Notification: Prisma.NotificationScalarFieldEnum,
    RecommendationProgress: Prisma.RecommendationProgressScalarFieldEnum,
    ReportArtifact: Prisma.ReportArtifactScalarFieldEnum,
  };
  for (const [model, fields] of Object.entries(scalarFields)) {
    const row = reread[model];
    expect(row, model).not.toBeNull();
    for (const field of Object.values(fields)) {
      expect(row, `${model}.${field}`).toHaveProperty(field);
      expect(row![field], `${model}.${field}`).toEqual(created[model]![field]);
    }
  }
  expect(reread.AssessmentAnswer!.value).toEqual(['entra_id', 'ümlaut']);
  expect(reread.AssessmentSnapshot!.result).toEqual({ risk: { score: 61.5 } });
});
