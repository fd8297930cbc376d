// The client-company data functions and actions against a real PostgreSQL, in a brokerage of their
// own (so counts do not depend on other tests): search, sort and pages that neither overlap nor skip;
// the latest grade per company, by the viewer's rights; create and update taking the tenant from the
// session; the trend of submitted results.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLIENTS, USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import type { AssessmentStatus } from '../db/generated/enums';
import { CURRENT_QUESTIONNAIRE_VERSION } from '../questionnaire';
import { createTestClient, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { createClientCompany, updateClientCompany } from './actions';
import { findClientCompaniesForUser, findLatestResultsForClientCompanies, getClientCompanyForUser, trendOf } from './queries';
import { ZClientListQuery } from './schemas';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

let broker: TSessionUser;
let clara: TSessionUser;
let hansenUser: TSessionUser;
let brokerageId: string;
/** Twelve companies: employee counts 100, 100, 200, 200, … (ties on purpose), every other one a "Werft". */
const companies: Array<{ id: string; name: string; employeeCount: number }> = [];

beforeAll(async () => {
  const brokerage = await db.organization.create({ data: { kind: 'BROKERAGE', name: uniqueName('Int Makler GmbH'), country: 'DE' } });
  brokerageId = brokerage.id;
  const user = await db.user.create({
    data: { email: `${uniqueName('int-broker').replace(/\W+/g, '-')}@int.example`, name: 'Ida Int', passwordHash: 'x', role: 'BROKER', organizationId: brokerage.id },
  });
  [broker, clara, hansenUser] = await Promise.all([loadSessionUser(db, user.email), loadSessionUser(db, USERS.clara.email), loadSessionUser(db, USERS.hansen.email)]);
  for (let index = 0; index < 12; index++) {
    const name = `${index % 2 === 0 ? 'Nordsee Werft' : 'Alpha Logistik'} ${String(index).padStart(2, '0')} GmbH`;
    const employeeCount = 100 * (Math.floor(index / 2) + 1);
    const client = await createTestClient(db, { brokerageId, responsibleBrokerId: user.id, name, employeeCount });
    companies.push({ id: client.id, name, employeeCount });
  }
});

const page = (user: TSessionUser, input: Record<string, unknown>) => findClientCompaniesForUser({ user, query: ZClientListQuery.parse(input) });

/** An assessment of the company with the given status; submitted ones get a snapshot with the given figures at `at`. */
async function addAssessment(clientCompanyId: string, status: AssessmentStatus, result?: { score: number; grade: string; at: string }) {
  const assessment = await db.assessment.create({
    data: {
      clientCompanyId,
      brokerageId,
      brokerId: broker.id,
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      status,
      submittedAt: result ? new Date(result.at) : null,
    },
  });
  if (result) {
    await db.assessmentSnapshot.create({
      data: {
        assessmentId: assessment.id,
        questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
        modelVersion: 'test',
        answers: {},
        result: {},
        digest: 'd'.repeat(64),
        score: result.score,
        grade: result.grade,
        masterKeyExposure: 100 - result.score,
        createdAt: new Date(result.at),
      },
    });
  }
  return assessment.id;
}

describe('the client list', () => {
  test('searches by any part of the name, ignoring case, and counts the matches', async () => {
    const result = await page(broker, { q: 'wERFT', pageSize: 10 });
    expect(result.total).toBe(6);
    expect(result.items.map((item) => item.name)).toEqual(companies.filter((c) => c.name.includes('Werft')).map((c) => c.name));
    expect((await page(broker, { q: 'no such company' })).total).toBe(0);
  });

  test('pages sorted by a column with ties neither overlap nor skip, in both directions, from either end', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const pages = await Promise.all([1, 2].map((number) => page(broker, { sort: 'employeeCount', dir, pageSize: 10, page: number })));
      expect(pages.map((p) => p.items.length)).toEqual([10, 2]);
      expect(pages[0]!).toMatchObject({ total: 12, pageCount: 2, pageSize: 10 });
      const ids = pages.flatMap((p) => p.items.map((item) => item.id));
      expect(new Set(ids).size).toBe(12);
      const counts = pages.flatMap((p) => p.items.map((item) => item.employeeCount));
      expect(counts).toEqual([...counts].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
      // Page 2 is read from the end of the list (reversed, then turned back): the same rows, in the
      // same order, as one page holding them all.
      const whole = await page(broker, { sort: 'employeeCount', dir, pageSize: 25 });
      expect(ids).toEqual(whole.items.map((item) => item.id));
    }
    expect((await page(broker, { pageSize: 10, page: 3 })).items).toEqual([]);
  });

  test('another brokerage sees none of these companies, and a client user may not list', async () => {
    const ids = new Set(companies.map((c) => c.id));
    expect((await page(clara, { q: 'Werft', pageSize: 100 })).items.filter((item) => ids.has(item.id))).toEqual([]);
    await expect(page(hansenUser, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the latest result per company', () => {
  test('is the newest submitted snapshot; drafts and archived assessments do not count', async () => {
    const [twice, draftOnly, archived, none] = companies;
    await addAssessment(twice!.id, 'SUBMITTED', { score: 48.2, grade: 'D', at: '2025-03-01T10:00:00Z' });
    const newest = await addAssessment(twice!.id, 'DECIDED', { score: 71.5, grade: 'B', at: '2026-03-01T10:00:00Z' });
    await addAssessment(twice!.id, 'DRAFT');
    await addAssessment(draftOnly!.id, 'DRAFT');
    await addAssessment(archived!.id, 'ARCHIVED', { score: 90, grade: 'A', at: '2026-01-01T10:00:00Z' });

    const latest = await findLatestResultsForClientCompanies({ user: broker, clientCompanyIds: [twice!.id, draftOnly!.id, archived!.id, none!.id] });
    expect([...latest.keys()]).toEqual([twice!.id]);
    expect(latest.get(twice!.id)).toEqual({ assessmentId: newest, score: 71.5, grade: 'B', submittedAt: new Date('2026-03-01T10:00:00Z') });
    expect((await findLatestResultsForClientCompanies({ user: broker, clientCompanyIds: [] })).size).toBe(0);
  });

  test('follows the viewer’s rights: another brokerage gets nothing, a client user only their own company', async () => {
    expect((await findLatestResultsForClientCompanies({ user: clara, clientCompanyIds: companies.map((c) => c.id) })).size).toBe(0);
    const forHansen = await findLatestResultsForClientCompanies({ user: hansenUser, clientCompanyIds: [CLIENTS.hansen.id, CLIENTS.medica.id, CLIENTS.steiner.id] });
    expect([...forHansen.keys()]).toEqual([CLIENTS.hansen.id]);
  });
});

describe('the trend of a company', () => {
  test('lists its submitted results oldest first, without drafts', async () => {
    const company = await createTestClient(db, { brokerageId, responsibleBrokerId: broker.id });
    await addAssessment(company.id, 'SUBMITTED', { score: 60, grade: 'C', at: '2026-06-01T08:00:00Z' });
    await addAssessment(company.id, 'IN_REVIEW', { score: 35.5, grade: 'E', at: '2025-06-01T08:00:00Z' });
    await addAssessment(company.id, 'DRAFT');
    const detail = await getClientCompanyForUser({ user: broker, clientCompanyId: company.id });
    expect(detail!.assessments).toHaveLength(3);
    expect(trendOf(detail!).map((point) => [point.submittedAt, point.score, point.grade])).toEqual([
      ['2025-06-01T08:00:00.000Z', 35.5, 'E'],
      ['2026-06-01T08:00:00.000Z', 60, 'C'],
    ]);
    expect(await getClientCompanyForUser({ user: clara, clientCompanyId: company.id })).toBeNull();
  });
});

describe('creating and updating a company', () => {
  test('the brokerage and the responsible broker come from the session, whatever the input says', async () => {
    const name = uniqueName('Session GmbH');
    const result = await executeAction(createClientCompany, broker, {
      name,
      industry: 'manufacturing',
      country: 'AT',
      revenueBand: 'under_2m',
      employeeCount: 12,
      emailDomain: '',
      brokerageId: 'org_nordlicht',
      responsibleBrokerId: USERS.ben.id,
    });
    expect(result.ok).toBe(true);
    const row = await db.clientCompany.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : '' }, include: { organization: true } });
    expect(row).toMatchObject({ name, brokerageId, responsibleBrokerId: broker.id, emailDomain: null, organization: { kind: 'CLIENT_COMPANY', name, country: 'AT' } });
  });

  test('an update changes and audits only the fields that differ; another brokerage gets NOT_FOUND', async () => {
    const company = companies[9]!;
    const result = await executeAction(updateClientCompany, broker, { clientCompanyId: company.id, fields: { employeeCount: 777, name: company.name } });
    expect(result).toMatchObject({ ok: true, data: { id: company.id, changed: ['employeeCount'] } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: company.id, action: 'clientCompany.update' }, orderBy: { createdAt: 'desc' } });
    expect(audit.data).toEqual({ before: { employeeCount: company.employeeCount }, after: { employeeCount: 777 } });
    expect(await executeAction(updateClientCompany, clara, { clientCompanyId: company.id, fields: { employeeCount: 1 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The append-only audit log keeps no personal data: that a contact changed, not who it is.
    await executeAction(updateClientCompany, broker, { clientCompanyId: company.id, fields: { contactName: 'Greta Jansen', contactEmail: 'greta@example.com' } });
    const contact = await db.auditEvent.findFirstOrThrow({ where: { entityId: company.id, action: 'clientCompany.update' }, orderBy: { createdAt: 'desc' } });
    expect(JSON.stringify(contact.data)).not.toMatch(/Greta|greta@/);
    expect(contact.data).toMatchObject({ after: { contactName: '(personal data)', contactEmail: '(personal data)' } });
    expect(await executeAction(updateClientCompany, broker, { clientCompanyId: company.id, fields: {} })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { fields: ['validation.nothingToChange'] },
    });
    expect((await db.clientCompany.findUniqueOrThrow({ where: { id: company.id } })).employeeCount).toBe(777);
  });
});
