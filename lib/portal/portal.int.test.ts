// The client portal's cover card against the database: nothing before a quote is bound; then the
// bound terms for the insured's users, the brokerage and the insurer that bound it; nothing for the
// insurer that lost, another company's users or another brokerage.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { bindSubmission } from '../placement/actions';
import { createTestPlacement, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { getBoundCoverForUser } from './queries';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
let anna: TSessionUser; // broker, Nordlicht
let clara: TSessionUser; // broker, Alpen Risk
let uwe: TSessionUser; // underwriter, Rheinmark
let dora: TSessionUser; // underwriter, Danubia
let hansen: TSessionUser; // client user of another company

beforeAll(async () => {
  [anna, clara, uwe, dora, hansen] = (await Promise.all([USERS.anna, USERS.clara, USERS.uwe, USERS.dora, USERS.hansen].map((user) => loadSessionUser(db, user.email)))) as [TSessionUser, TSessionUser, TSessionUser, TSessionUser, TSessionUser];
});
afterAll(() => db.$disconnect());

async function clientUserOf(organizationId: string): Promise<TSessionUser> {
  const email = `${uniqueName('insured').replace(/\W+/g, '-').toLowerCase()}@test.example`;
  await db.user.create({ data: { email, name: 'Ines Insured', role: 'CLIENT', organizationId, passwordHash: 'x' } });
  return loadSessionUser(db, email);
}

test('the bound cover: the insured, the brokerage and the binding insurer see its terms; the losing insurer and other tenants do not', async () => {
  const placement = await createTestPlacement(db, { brokerageId: anna.organizationId, brokerId: anna.id, insurerIds: ['org_rheinmark', 'org_danubia'], status: 'QUOTED' });
  const insured = await clientUserOf(placement.client.organizationId);
  const cover = (user: TSessionUser) => getBoundCoverForUser({ user, assessmentId: placement.assessmentId });

  expect(await cover(insured)).toBeNull(); // quoted, not bound
  expect(await executeAction(bindSubmission, anna, { submissionId: placement.submissionIds[0]!, version: 1 })).toMatchObject({ ok: true });

  const expected = { insurerName: 'Rheinmark Versicherung AG', limitEur: 1_000_000, retentionEur: 10_000, premiumEur: 9_000, coverStartDate: new Date('2027-01-01T00:00:00Z') };
  for (const user of [insured, anna, uwe]) expect(await cover(user)).toMatchObject(expected);
  expect((await cover(insured))?.boundAt).toBeInstanceOf(Date);
  for (const user of [dora, clara, hansen]) expect(await cover(user)).toBeNull();
  expect(await getBoundCoverForUser({ user: insured, assessmentId: 'not an id' })).toBeNull();
});
