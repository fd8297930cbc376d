// The portfolio against a real PostgreSQL, on a hand-computed book of five insureds at an insurer of
// its own (so other tests' submissions never count), plus one submission of another insurer that must
// never count. Every expected number below is worked out by hand from the table in `BOOK`.
//
//   #  insured          industry       status          grade score  IdPs               mail              limit (quoted | requested)  mean       p99.5
//   1  Alpha Werke      manufacturing  BOUND           B     72     microsoft          exchange_online   2,000,000                    500,000    3,000,000
//   2  Beta Bau         manufacturing  QUOTED (valid)  C     58     microsoft, adfs    exchange_hybrid   1,000,000 | 1,500,000        1,200,000  4,000,000
//   3  =Gamma Klinik    healthcare     BOUND           A     88     okta, google_ws    google_workspace  5,000,000                    300,000    2,500,000
//   4  Delta Praxis     healthcare     QUOTED, expired D     45     microsoft          exchange_online   3,000,000                    800,000    6,000,000
//   5  Epsilon Kanzlei  prof. services IN_REVIEW       E     30     microsoft, okta    exchange_online   – | 4,000,000                2,000,000  9,000,000
//
// The book (BOUND + valid QUOTED) is #1–#3; #4's quote expired; #5 is the pipeline.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import type { SubmissionStatus } from '../db/generated/enums';
import type { TSectionScoreField } from '../placement/submission-facts';
import { createTestClient, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { getPortfolioDashboardForUser, getScenarioForUser, listScenarioInsuredsForUser } from './queries';
import { buildScenarioCsv, SCENARIO_CSV_COLUMNS } from './scenario-csv';
import { summariseScenario } from './scenario-math';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

const TODAY = '2026-12-01';

type TBookRow = {
  key: string;
  name: string;
  industry: string;
  status: SubmissionStatus;
  grade: string;
  score: number;
  identityProviders: string[];
  mailPlatforms: string[];
  quotedLimitEur: number | null;
  quotedPremiumEur: number | null;
  quoteValidUntil: string | null;
  requestedLimitEur: number;
  eventLossMeanEur: number;
  eventLossP995Eur: number;
  sections: Partial<Record<TSectionScoreField, number>>;
};

const BOOK: TBookRow[] = [
  { key: 'alpha', name: 'Alpha Werke GmbH', industry: 'manufacturing', status: 'BOUND', grade: 'B', score: 72, identityProviders: ['microsoft'], mailPlatforms: ['exchange_online'], quotedLimitEur: 2_000_000, quotedPremiumEur: 20_000, quoteValidUntil: '2026-10-31', requestedLimitEur: 2_000_000, eventLossMeanEur: 500_000, eventLossP995Eur: 3_000_000, sections: { scoreAuthentication: 80, scoreTokensKeys: 70 } },
  { key: 'beta', name: 'Beta Bau AG', industry: 'manufacturing', status: 'QUOTED', grade: 'C', score: 58, identityProviders: ['microsoft', 'adfs'], mailPlatforms: ['exchange_hybrid'], quotedLimitEur: 1_000_000, quotedPremiumEur: 15_000, quoteValidUntil: '2099-12-31', requestedLimitEur: 1_500_000, eventLossMeanEur: 1_200_000, eventLossP995Eur: 4_000_000, sections: { scoreAuthentication: 40, scoreTokensKeys: 50 } },
  { key: 'gamma', name: '=Gamma Klinik', industry: 'healthcare', status: 'BOUND', grade: 'A', score: 88, identityProviders: ['okta', 'google_workspace'], mailPlatforms: ['google_workspace'], quotedLimitEur: 5_000_000, quotedPremiumEur: 30_000, quoteValidUntil: null, requestedLimitEur: 5_000_000, eventLossMeanEur: 300_000, eventLossP995Eur: 2_500_000, sections: { scoreTokensKeys: 90 } },
  { key: 'delta', name: 'Delta Praxis', industry: 'healthcare', status: 'QUOTED', grade: 'D', score: 45, identityProviders: ['microsoft'], mailPlatforms: ['exchange_online'], quotedLimitEur: 3_000_000, quotedPremiumEur: 40_000, quoteValidUntil: '2026-11-30', requestedLimitEur: 3_000_000, eventLossMeanEur: 800_000, eventLossP995Eur: 6_000_000, sections: { scoreAuthentication: 10 } },
  { key: 'epsilon', name: 'Epsilon Kanzlei', industry: 'professional_services', status: 'IN_REVIEW', grade: 'E', score: 30, identityProviders: ['microsoft', 'okta'], mailPlatforms: ['exchange_online'], quotedLimitEur: null, quotedPremiumEur: null, quoteValidUntil: null, requestedLimitEur: 4_000_000, eventLossMeanEur: 2_000_000, eventLossP995Eur: 9_000_000, sections: { scoreAuthentication: 5 } },
];

let underwriter: TSessionUser;
let otherUnderwriter: TSessionUser;
const submissionIds: Record<string, string> = {};

/** One insured submitted to `insurerId`: client, submitted assessment, snapshot, placement, submission. */
async function createBookRow(insurerId: string, row: TBookRow): Promise<string> {
  const client = await createTestClient(db, { brokerageId: USERS.anna.organizationId, responsibleBrokerId: USERS.anna.id, name: uniqueName(row.name), industry: row.industry });
  const assessment = await db.assessment.create({
    data: { clientCompanyId: client.id, brokerageId: client.brokerageId, brokerId: USERS.anna.id, questionnaireVersion: 'idp-exposure@2', status: 'SUBMITTED', submittedAt: new Date() },
  });
  const snapshot = await db.assessmentSnapshot.create({
    data: { assessmentId: assessment.id, questionnaireVersion: 'idp-exposure@2', modelVersion: 'test', answers: {}, result: {}, digest: '0'.repeat(64), score: row.score, grade: row.grade, masterKeyExposure: 100 - row.score },
  });
  const placement = await db.placement.create({
    data: { assessmentId: assessment.id, brokerageId: client.brokerageId, clientCompanyId: client.id, requestedLimitEur: row.requestedLimitEur, requestedRetentionEur: 25_000, coverStartDate: new Date('2027-01-01') },
  });
  const submission = await db.submission.create({
    data: {
      placementId: placement.id,
      assessmentId: assessment.id,
      insurerId,
      brokerageId: client.brokerageId,
      clientCompanyId: client.id,
      snapshotId: snapshot.id,
      status: row.status,
      clientName: row.name,
      industry: row.industry,
      country: 'DE',
      score: row.score,
      grade: row.grade,
      effectiveGrade: row.grade,
      masterKeyExposure: 100 - row.score,
      identityProviders: row.identityProviders,
      mailPlatforms: row.mailPlatforms,
      expectedAnnualLossEur: 10_000,
      eventLossMeanEur: row.eventLossMeanEur,
      eventLossP995Eur: row.eventLossP995Eur,
      quotedLimitEur: row.quotedLimitEur,
      quotedPremiumEur: row.quotedPremiumEur,
      quoteValidUntil: row.quoteValidUntil ? new Date(row.quoteValidUntil) : null,
      ...row.sections,
    },
  });
  return submission.id;
}

async function createInsurerWithUnderwriter(label: string): Promise<{ insurerId: string; user: TSessionUser }> {
  const insurer = await db.organization.create({ data: { kind: 'INSURER', name: uniqueName(`${label} Versicherung AG`), country: 'DE' } });
  const email = `${uniqueName(label).replace(/\W+/g, '-').toLowerCase()}@int.example`;
  await db.user.create({ data: { email, name: `${label} Underwriter`, passwordHash: 'x', role: 'UNDERWRITER', organizationId: insurer.id } });
  return { insurerId: insurer.id, user: await loadSessionUser(db, email) };
}

beforeAll(async () => {
  const mine = await createInsurerWithUnderwriter('Portfolio');
  const other = await createInsurerWithUnderwriter('Andere');
  underwriter = mine.user;
  otherUnderwriter = other.user;
  for (const row of BOOK) submissionIds[row.key] = await createBookRow(mine.insurerId, row);
  // Another insurer's bound Microsoft risk with a huge limit: must never appear in the figures above.
  await createBookRow(other.insurerId, { ...BOOK[0]!, key: 'foreign', name: 'Fremd GmbH', quotedLimitEur: 50_000_000, eventLossMeanEur: 9_000_000, eventLossP995Eur: 40_000_000 });
}, 60_000);

describe('portfolio dashboard', () => {
  test('the book by hand: statuses, grades, averages by industry and by section, concentrations', async () => {
    const dashboard = await getPortfolioDashboardForUser({ user: underwriter, today: TODAY });
    expect(dashboard.book).toEqual({ insureds: 3, limitEur: 8_000_000, premiumEur: 65_000, averageScore: expect.closeTo((72 + 58 + 88) / 3, 9) });
    expect(new Map(dashboard.statuses.map((row) => [row.status, row.count]))).toEqual(new Map([['BOUND', 2], ['QUOTED', 1], ['IN_REVIEW', 1]]));
    expect(dashboard.expiredQuotes).toBe(1);
    expect(dashboard.grades).toEqual([{ grade: 'A', count: 1 }, { grade: 'B', count: 1 }, { grade: 'C', count: 1 }]);
    expect(dashboard.industries).toEqual([
      { industry: 'healthcare', insureds: 1, averageScore: 88 },
      { industry: 'manufacturing', insureds: 2, averageScore: 65 },
    ]);
    const sections = new Map(dashboard.sections.map((row) => [row.sectionId, row]));
    // Authentication: (80 + 40) / 2 — Gamma's section was not scored and does not count as 0.
    expect(sections.get('authentication')).toEqual({ sectionId: 'authentication', insureds: 2, averageScore: 60 });
    expect(sections.get('tokens_keys')).toEqual({ sectionId: 'tokens_keys', insureds: 3, averageScore: 70 });
    expect(sections.get('governance')).toEqual({ sectionId: 'governance', insureds: 0, averageScore: null });
    expect(dashboard.identityProviders).toEqual([
      { key: 'microsoft', insureds: 2, limitEur: 3_000_000 },
      { key: 'adfs', insureds: 1, limitEur: 1_000_000 },
      { key: 'google_workspace', insureds: 1, limitEur: 5_000_000 },
      { key: 'okta', insureds: 1, limitEur: 5_000_000 },
    ]);
    expect(dashboard.mailPlatforms).toEqual([
      { key: 'exchange_hybrid', insureds: 1, limitEur: 1_000_000 },
      { key: 'exchange_online', insureds: 1, limitEur: 2_000_000 },
      { key: 'google_workspace', insureds: 1, limitEur: 5_000_000 },
    ]);
  });

  test('the other insurer sees only its own submission', async () => {
    const dashboard = await getPortfolioDashboardForUser({ user: otherUnderwriter, today: TODAY });
    expect(dashboard.book).toMatchObject({ insureds: 1, limitEur: 50_000_000 });
    expect(dashboard.identityProviders).toEqual([{ key: 'microsoft', insureds: 1, limitEur: 50_000_000 }]);
  });

  test('brokers and client users are refused', async () => {
    const [broker, client] = await Promise.all([loadSessionUser(db, USERS.anna.email), loadSessionUser(db, USERS.hansen.email)]);
    for (const user of [broker, client]) {
      await expect(getPortfolioDashboardForUser({ user })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getScenarioForUser({ user, provider: 'microsoft', scope: 'book', page: 1, pageSize: 25 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listScenarioInsuredsForUser({ user, provider: 'microsoft', scope: 'book' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('master-key scenario', () => {
  test('Microsoft, the book: Beta (limit reached) before Alpha; Σ min(mean, limit) and Σ min(p99.5, limit)', async () => {
    const scenario = await getScenarioForUser({ user: underwriter, provider: 'microsoft', scope: 'book', page: 1, pageSize: 25, today: TODAY });
    // Alpha: min(500k, 2M) = 500k, min(3M, 2M) = 2M. Beta: min(1.2M, 1M) = 1M, min(4M, 1M) = 1M.
    expect(scenario.totals).toEqual({ exposedInsureds: 2, limitExposedEur: 3_000_000, groundUpMeanEur: 1_700_000, expectedEventLossEur: 1_500_000, oneIn200EventLossEur: 3_000_000 });
    expect(scenario.insureds.items.map((row) => [row.submissionId, row.limitEur, row.insurerLossEur, row.insurerLossP995Eur])).toEqual([
      [submissionIds.beta, 1_000_000, 1_000_000, 1_000_000],
      [submissionIds.alpha, 2_000_000, 500_000, 2_000_000],
    ]);
    // The SQL sums equal the pure arithmetic over the SQL rows.
    expect(summariseScenario(scenario.insureds.items.map((row) => ({ limitEur: row.limitEur, eventLossMeanEur: row.eventLossMeanEur, eventLossP995Eur: row.eventLossP995Eur })))).toEqual(scenario.totals);
  });

  test('Microsoft, book and pipeline: Epsilon joins with its requested limit; the expired quote stays out', async () => {
    const scenario = await getScenarioForUser({ user: underwriter, provider: 'microsoft', scope: 'book_and_pipeline', page: 1, pageSize: 25, today: TODAY });
    // Epsilon: limit 4M (requested), min(2M, 4M) = 2M, min(9M, 4M) = 4M.
    expect(scenario.totals).toEqual({ exposedInsureds: 3, limitExposedEur: 7_000_000, groundUpMeanEur: 3_700_000, expectedEventLossEur: 3_500_000, oneIn200EventLossEur: 7_000_000 });
    expect(scenario.insureds.items.map((row) => row.submissionId)).toEqual([submissionIds.epsilon, submissionIds.beta, submissionIds.alpha]);
    expect(scenario.insureds.items.map((row) => row.submissionId)).not.toContain(submissionIds.delta);
  });

  test('Okta, AD FS and Google Workspace', async () => {
    const totals = async (provider: 'okta' | 'adfs' | 'google_workspace') => (await getScenarioForUser({ user: underwriter, provider, scope: 'book', page: 1, pageSize: 25, today: TODAY })).totals;
    expect(await totals('okta')).toEqual({ exposedInsureds: 1, limitExposedEur: 5_000_000, groundUpMeanEur: 300_000, expectedEventLossEur: 300_000, oneIn200EventLossEur: 2_500_000 });
    expect(await totals('adfs')).toEqual({ exposedInsureds: 1, limitExposedEur: 1_000_000, groundUpMeanEur: 1_200_000, expectedEventLossEur: 1_000_000, oneIn200EventLossEur: 1_000_000 });
    expect(await totals('google_workspace')).toEqual({ exposedInsureds: 1, limitExposedEur: 5_000_000, groundUpMeanEur: 300_000, expectedEventLossEur: 300_000, oneIn200EventLossEur: 2_500_000 });
  });

  test('pages: the second of two pages of one row', async () => {
    const scenario = await getScenarioForUser({ user: underwriter, provider: 'microsoft', scope: 'book', page: 2, pageSize: 1, today: TODAY });
    expect(scenario.insureds).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(scenario.insureds.items.map((row) => row.submissionId)).toEqual([submissionIds.alpha]);
  });

  test('another insurer never sees these insureds, and ours never its own', async () => {
    const theirs = await getScenarioForUser({ user: otherUnderwriter, provider: 'microsoft', scope: 'book_and_pipeline', page: 1, pageSize: 25, today: TODAY });
    expect(theirs.totals).toMatchObject({ exposedInsureds: 1, limitExposedEur: 50_000_000 });
    expect(theirs.insureds.items.map((row) => row.submissionId)).not.toContain(submissionIds.alpha);
  });

  test('the CSV: every exposed insured, numbers as numbers, a formula-like name neutralised', async () => {
    const insureds = await listScenarioInsuredsForUser({ user: underwriter, provider: 'okta', scope: 'book_and_pipeline', today: TODAY });
    const csv = buildScenarioCsv({
      insureds,
      header: Object.fromEntries(SCENARIO_CSV_COLUMNS.map((column) => [column, column])) as Record<(typeof SCENARIO_CSV_COLUMNS)[number], string>,
      industryLabel: (code) => code,
      statusLabel: (status) => status,
    });
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...SCENARIO_CSV_COLUMNS]);
    // Epsilon: min(2M, 4M) = 2M before Gamma: min(300k, 5M) = 300k.
    expect(rows.slice(1)).toEqual([
      [submissionIds.epsilon, 'Epsilon Kanzlei', 'professional_services', 'IN_REVIEW', 'E', '70', '4000000', '2000000', '9000000', '2000000', '4000000'],
      [submissionIds.gamma, "'=Gamma Klinik", 'healthcare', 'BOUND', 'A', '12', '5000000', '300000', '2500000', '300000', '2500000'],
    ]);
  });
});
