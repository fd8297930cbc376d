// The client portal against the database. The cover card: nothing before a quote is bound; then the
// bound terms for the insured's users, the brokerage and the insurer that bound it; nothing for the
// insurer that lost, another company's users or another brokerage. The insurers' decisions: for the
// insured and the brokerage only, without what broker and underwriter say to each other.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { getAssessmentOverviewForUser } from '../assessments/queries';
import { executeAction } from '../auth/action';
import { getClientCompanyForUser } from '../clients/queries';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { bindSubmission, declineSubmission, quoteSubmission } from '../placement/actions';
import { createTestPlacement, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { getBoundCoverForUser, getMarketDecisionsForUser } from './queries';

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

test('the insurers’ decisions: status, offered terms, subjectivities and decline reasons for the insured and the brokerage; nothing for underwriters or other tenants', async () => {
  const placement = await createTestPlacement(db, { brokerageId: anna.organizationId, brokerId: anna.id, insurerIds: ['org_rheinmark', 'org_danubia', 'org_baltica'] });
  const insured = await clientUserOf(placement.client.organizationId);
  const [toRheinmark, toDanubia] = placement.submissionIds as [string, string, string];
  const decisions = (user: TSessionUser) => getMarketDecisionsForUser({ user, assessmentId: placement.assessmentId });
  expect((await decisions(insured)).map((decision) => [decision.insurerName, decision.status])).toEqual([
    ['Baltica Cyber Versicherung AG', 'SUBMITTED'],
    ['Danubia Cyber Insurance SE', 'SUBMITTED'],
    ['Rheinmark Versicherung AG', 'SUBMITTED'],
  ]);

  expect(
    await executeAction(quoteSubmission, uwe, { submissionId: toRheinmark, version: 1, limitEur: 1_500_000, retentionEur: 20_000, premiumEur: 12_300, validUntil: '2099-01-31', subjectivities: [{ text: 'FIDO2 for admins', dueDate: '2099-01-15' }] }),
  ).toMatchObject({ ok: true });
  expect(await executeAction(declineSubmission, dora, { submissionId: toDanubia, version: 1, reasons: ['master_key_exposure'], note: 'Between us: outside appetite this year.' })).toMatchObject({ ok: true });

  const seen = await decisions(insured);
  expect(seen.find((decision) => decision.id === toRheinmark)).toMatchObject({
    status: 'QUOTED',
    terms: { limitEur: 1_500_000, retentionEur: 20_000, premiumEur: 12_300, validUntil: '2099-01-31' },
    subjectivities: [{ text: 'FIDO2 for admins', dueDate: '2099-01-15', status: 'OPEN' }],
  });
  expect(seen.find((decision) => decision.id === toDanubia)).toMatchObject({ status: 'DECLINED', declineReasons: ['master_key_exposure'] });
  // The underwriter's words to the broker, overrides and the thread are not part of it.
  expect(JSON.stringify(seen)).not.toContain('Between us');
  expect(Object.keys(seen[0]!).sort()).toEqual(['declineReasons', 'id', 'insurerName', 'status', 'subjectivities', 'terms']);
  expect(await decisions(anna)).toEqual(seen);
  // The assessment's overview names the insurers too (it said "not placed" to the insured before).
  expect((await getAssessmentOverviewForUser({ user: insured, assessmentId: placement.assessmentId }))?.assessment.insurerNames.sort()).toEqual(['Baltica Cyber Versicherung AG', 'Danubia Cyber Insurance SE', 'Rheinmark Versicherung AG']);
  expect((await getAssessmentOverviewForUser({ user: dora, assessmentId: placement.assessmentId }))?.assessment.insurerNames).toEqual(['Danubia Cyber Insurance SE']);
  // The client company page (and its API) says the same.
  expect((await getClientCompanyForUser({ user: insured, clientCompanyId: placement.client.id }))?.assessments.find((assessment) => assessment.id === placement.assessmentId)?.insurerNames.sort()).toEqual([
    'Baltica Cyber Versicherung AG',
    'Danubia Cyber Insurance SE',
    'Rheinmark Versicherung AG',
  ]);

  for (const user of [uwe, dora, clara, hansen]) expect(await decisions(user)).toEqual([]);
  expect(await getMarketDecisionsForUser({ user: insured, assessmentId: 'not an id' })).toEqual([]);
});
