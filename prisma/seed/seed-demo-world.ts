// Idempotent: creates what is missing, leaves what exists (including changed passwords) alone.
import { hashPassword } from '../../lib/auth/password';
import type { Prisma, PrismaClient } from '../../lib/db/generated/client';
import { demoAnswersFor } from './demo-answers';
import { ASSESSMENTS, CLIENTS, DEMO_PASSWORD, ORGANIZATIONS, USERS } from './demo-world';

export const SEED_QUESTIONNAIRE_VERSION = 'idp-exposure@1';

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
    for (const user of Object.values(USERS)) {
      const existing = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
      if (!existing) {
        await tx.user.create({ data: { ...user, passwordHash } });
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
    for (const assessment of Object.values(ASSESSMENTS)) {
      const existing = await tx.assessment.findUnique({ where: { id: assessment.id }, select: { id: true } });
      if (existing) continue;
      const client = Object.values(CLIENTS).find((c) => c.id === assessment.clientCompanyId)!;
      await tx.assessment.create({
        data: {
          ...assessment,
          brokerageId: client.brokerageId,
          answers: demoAnswersFor(client) as Prisma.InputJsonObject,
          questionnaireVersion: SEED_QUESTIONNAIRE_VERSION,
          submittedAt: assessment.status === 'SUBMITTED' ? new Date('2026-11-02T09:30:00Z') : null,
        },
      });
      created++;
    }
  }, { timeout: 30_000 });
  return { created };
}
