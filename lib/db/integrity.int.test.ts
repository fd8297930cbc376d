// The database itself keeps an assessment's denormalised brokerage equal to its company's, so a
// tenant filter on Assessment.brokerageId can never disagree with the client's brokerage.
import { afterAll, expect, test } from 'vitest';
import { CLIENTS, USERS } from '../../prisma/seed/demo-world';
import { createPrismaClient } from './create-client';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

test('an assessment cannot name another brokerage than its client company', async () => {
  await expect(
    db.assessment.create({
      data: { clientCompanyId: CLIENTS.hansen.id, brokerageId: 'org_alpenrisk', brokerId: USERS.clara.id, questionnaireVersion: 'idp-exposure@1' },
    }),
  ).rejects.toThrow();
  expect(await db.assessment.count({ where: { clientCompanyId: CLIENTS.hansen.id, brokerageId: 'org_alpenrisk' } })).toBe(0);
});

test('when a client moves to another brokerage, its assessments follow', async () => {
  const organization = await db.organization.create({ data: { kind: 'CLIENT_COMPANY', name: `Mover ${Date.now()}` } });
  const company = await db.clientCompany.create({
    data: { organizationId: organization.id, brokerageId: 'org_nordlicht', name: organization.name, industry: 'other_industry', country: 'DE', revenueBand: 'under_2m', employeeCount: 5 },
  });
  const assessment = await db.assessment.create({
    data: { clientCompanyId: company.id, brokerageId: 'org_nordlicht', brokerId: USERS.ben.id, questionnaireVersion: 'idp-exposure@1' },
  });
  await db.clientCompany.update({ where: { id: company.id }, data: { brokerageId: 'org_alpenrisk' } });
  expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).brokerageId).toBe('org_alpenrisk');
});
