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
      insurerId: insurer.id,
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
