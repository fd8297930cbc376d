// The underwriting queue against a real PostgreSQL, with submissions of its own to two insurers of
// its own (so counts do not depend on the seed or other tests): every filter, sort and page, the
// counts per status, expired quotes and overdue subjectivities, tenant isolation (the other
// insurer's submissions never appear; a broker or client is refused), and the CSV download parsed
// back, with formula-like client names neutralised.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import type { SubjectivityStatus, SubmissionStatus } from '../db/generated/enums';
import { translateKey } from '../i18n/translate';
import { CURRENT_QUESTIONNAIRE_VERSION } from '../questionnaire';
import { createTestClient, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { findQueueForUser, streamQueueCsv } from './queue';
import { ZQueueQuery } from './schemas';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

const NOW = new Date('2026-12-01T09:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let insurerA: string;
let insurerB: string;
let brokerageId: string;
let brokerId: string;
let uwA: TSessionUser;
let uwB: TSessionUser;
let broker: TSessionUser;
let client: TSessionUser;

type TFixture = {
  name: string;
  industry?: string;
  score: number;
  grade: string;
  effectiveGrade?: string;
  masterKeyExposure: number;
  providers?: string[];
  status: SubmissionStatus;
  ageDays: number;
  quoteValidUntil?: string;
  subjectivities?: Array<{ status: SubjectivityStatus; dueDate: string }>;
  /** Also submitted to insurer B (the same placement). */
  alsoToB?: boolean;
};

/** A client company with a submitted assessment placed with `insurerIds`; returns the submission ids per insurer. */
async function addSubmission(fixture: TFixture, insurerIds: string[]): Promise<string[]> {
  const company = await createTestClient(db, { brokerageId, responsibleBrokerId: brokerId, name: fixture.name, industry: fixture.industry ?? 'manufacturing' });
  const submittedAt = daysAgo(fixture.ageDays);
  const assessment = await db.assessment.create({
    data: { clientCompanyId: company.id, brokerageId, brokerId, questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, status: 'SUBMITTED', submittedAt },
  });
  const snapshot = await db.assessmentSnapshot.create({
    data: {
      assessmentId: assessment.id,
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      modelVersion: 'test',
      answers: {},
      result: {},
      digest: 'd'.repeat(64),
      score: fixture.score,
      grade: fixture.grade,
      masterKeyExposure: fixture.masterKeyExposure,
      createdAt: submittedAt,
    },
  });
  const placement = await db.placement.create({
    data: { assessmentId: assessment.id, brokerageId, clientCompanyId: company.id, requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: new Date('2027-01-01') },
  });
  const ids: string[] = [];
  for (const insurerId of insurerIds) {
    const submission = await db.submission.create({
      data: {
        placementId: placement.id,
        assessmentId: assessment.id,
        insurerId,
        brokerageId,
        clientCompanyId: company.id,
        snapshotId: snapshot.id,
        status: fixture.status,
        submittedAt,
        statusChangedAt: submittedAt,
        clientName: fixture.name,
        industry: fixture.industry ?? 'manufacturing',
        country: 'DE',
        score: fixture.score,
        grade: fixture.grade,
        effectiveGrade: fixture.effectiveGrade ?? fixture.grade,
        masterKeyExposure: fixture.masterKeyExposure,
        identityProviders: fixture.providers ?? [],
        mailPlatforms: [],
        expectedAnnualLossEur: 0,
        eventLossMeanEur: 0,
        eventLossP995Eur: 0,
        quoteValidUntil: fixture.quoteValidUntil ? new Date(fixture.quoteValidUntil) : null,
        subjectivities: { create: (fixture.subjectivities ?? []).map((subjectivity, index) => ({ text: `Auflage ${index}`, status: subjectivity.status, dueDate: new Date(subjectivity.dueDate) })) },
      },
    });
    ids.push(submission.id);
  }
  return ids;
}

const tag = uniqueName('Q').replace(/\W+/g, '');
const named = (name: string) => `${name} ${tag}`;

const FIXTURES: TFixture[] = [
  { name: named('Alpha Werft GmbH'), score: 75, grade: 'B', masterKeyExposure: 20, providers: ['microsoft'], status: 'SUBMITTED', ageDays: 2, alsoToB: true },
  { name: named('Beta Praxis'), industry: 'healthcare', score: 58, grade: 'C', effectiveGrade: 'D', masterKeyExposure: 60, providers: ['okta'], status: 'IN_REVIEW', ageDays: 10 },
  {
    name: named('Gamma Logistik'),
    industry: 'other_industry',
    score: 30,
    grade: 'E',
    masterKeyExposure: 80,
    providers: ['microsoft', 'adfs'],
    status: 'QUOTED',
    ageDays: 40,
    quoteValidUntil: '2026-11-30',
    subjectivities: [
      { status: 'OPEN', dueDate: '2026-11-20' },
      { status: 'FULFILLED', dueDate: '2026-11-30' },
      { status: 'ACCEPTED', dueDate: '2026-11-01' },
      { status: 'OPEN', dueDate: '2026-12-01' },
    ],
  },
  { name: named('Delta Kanzlei'), industry: 'professional_services', score: 90, grade: 'A', masterKeyExposure: 5, providers: ['google_workspace'], status: 'QUOTED', ageDays: 8, quoteValidUntil: '2026-12-01' },
  { name: `=HYPERLINK("http://x") ${tag}`, score: 60, grade: 'C', masterKeyExposure: 30, status: 'SUBMITTED', ageDays: 1 },
  { name: `@SUM(1) ${tag}`, score: 61, grade: 'C', masterKeyExposure: 31, status: 'DECLINED', ageDays: 31 },
  // Twelve with the same score and grade: only the id orders them, so pages must not overlap or skip.
  ...Array.from({ length: 12 }, (_, index): TFixture => ({ name: named(`Serie ${String(index).padStart(2, '0')}`), score: 50, grade: 'D', masterKeyExposure: 40, status: 'SUBMITTED', ageDays: 3 })),
];
const ONLY_AT_B = named('Omega Fremd GmbH');

beforeAll(async () => {
  const [a, b, brokerage] = await Promise.all([
    db.organization.create({ data: { kind: 'INSURER', name: uniqueName('Int Versicherung A'), country: 'DE' } }),
    db.organization.create({ data: { kind: 'INSURER', name: uniqueName('Int Versicherung B'), country: 'AT' } }),
    db.organization.create({ data: { kind: 'BROKERAGE', name: uniqueName('Int Makler'), country: 'DE' } }),
  ]);
  insurerA = a.id;
  insurerB = b.id;
  brokerageId = brokerage.id;
  const makeUser = (role: 'UNDERWRITER' | 'BROKER', organizationId: string) =>
    db.user.create({ data: { email: `${uniqueName(role).replace(/\W+/g, '-').toLowerCase()}@int.example`, name: role, passwordHash: 'x', role, organizationId } });
  const [userA, userB, brokerUser] = await Promise.all([makeUser('UNDERWRITER', insurerA), makeUser('UNDERWRITER', insurerB), makeUser('BROKER', brokerageId)]);
  brokerId = brokerUser.id;
  [uwA, uwB, broker, client] = await Promise.all([
    loadSessionUser(db, userA.email),
    loadSessionUser(db, userB.email),
    loadSessionUser(db, brokerUser.email),
    loadSessionUser(db, USERS.hansen.email),
  ]);
  for (const fixture of FIXTURES) await addSubmission(fixture, fixture.alsoToB ? [insurerA, insurerB] : [insurerA]);
  await addSubmission({ name: ONLY_AT_B, score: 10, grade: 'E', masterKeyExposure: 99, status: 'SUBMITTED', ageDays: 1 }, [insurerB]);
});

const queue = (user: TSessionUser, input: Record<string, unknown> = {}) => findQueueForUser({ user, query: ZQueueQuery.parse({ pageSize: 100, ...input }), now: NOW });
const names = async (user: TSessionUser, input: Record<string, unknown> = {}) => (await queue(user, input)).page.items.map((row) => row.clientName.replace(` ${tag}`, ''));

describe('tenant isolation', () => {
  test("an underwriter sees their insurer's submissions only", async () => {
    const a = await queue(uwA);
    expect(a.page.total).toBe(FIXTURES.length);
    expect(a.page.items.map((row) => row.clientName).sort()).toEqual(FIXTURES.map((fixture) => fixture.name).sort());
    const b = await names(uwB);
    expect(b.sort()).toEqual(['Alpha Werft GmbH', 'Omega Fremd GmbH']);
  });

  test('a broker and a client are refused, for the page and the CSV', async () => {
    for (const user of [broker, client]) {
      await expect(queue(user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(() => streamQueueCsv({ user, query: ZQueueQuery.parse({}), now: NOW, translate: (key) => key })).toThrow();
    }
  });
});

describe('filters', () => {
  test.each([
    [{ status: 'QUOTED' }, ['Delta Kanzlei', 'Gamma Logistik']],
    // The grade in force: Beta's model said C, the underwriter's D counts.
    [{ grade: 'D' }, ['Beta Praxis', ...Array.from({ length: 12 }, (_, i) => `Serie ${String(i).padStart(2, '0')}`)]],
    [{ grade: 'C' }, ['=HYPERLINK("http://x")', '@SUM(1)']],
    [{ industry: 'healthcare' }, ['Beta Praxis']],
    [{ provider: 'microsoft' }, ['Alpha Werft GmbH', 'Gamma Logistik']],
    [{ provider: 'adfs' }, ['Gamma Logistik']],
    [{ age: 'upTo7', grade: 'B' }, ['Alpha Werft GmbH']],
    [{ age: 'upTo7', grade: 'C' }, ['=HYPERLINK("http://x")']],
    // 8 and 10 days; 31 and 40 days.
    [{ age: 'from8To30' }, ['Beta Praxis', 'Delta Kanzlei']],
    [{ age: 'over30' }, ['@SUM(1)', 'Gamma Logistik']],
    [{ q: 'WERFT' }, ['Alpha Werft GmbH']],
    [{ q: 'hyperlink' }, ['=HYPERLINK("http://x")']],
    [{ status: 'DECLINED', grade: 'A' }, []],
  ])('%j', async (filters, expected) => {
    expect((await names(uwA, { ...filters, sort: 'clientName', dir: 'asc' })).sort()).toEqual([...expected].sort());
  });

  test('an expired quote and the overdue subjectivities (still open, due before today; a fulfilled one waits for the underwriter) of each row', async () => {
    const rows = (await queue(uwA)).page.items;
    const row = (name: string) => rows.find((candidate) => candidate.clientName === named(name))!;
    expect(row('Gamma Logistik')).toMatchObject({ status: 'QUOTED', isQuoteExpired: true, overdueSubjectivities: 1, ageDays: 40 });
    // Valid through today.
    expect(row('Delta Kanzlei')).toMatchObject({ isQuoteExpired: false, overdueSubjectivities: 0, ageDays: 8 });
    expect(row('Beta Praxis')).toMatchObject({ grade: 'C', effectiveGrade: 'D', identityProviders: ['okta'] });
  });
});

describe('counts per status', () => {
  test('for the filters except the status; the total is the chosen status', async () => {
    const result = await queue(uwA, { grade: 'C', status: 'DECLINED' });
    expect(result.statusCounts).toEqual({ SUBMITTED: 1, IN_REVIEW: 0, INFO_REQUESTED: 0, QUOTED: 0, DECLINED: 1, BOUND: 0, NOT_TAKEN_UP: 0, WITHDRAWN: 0 });
    expect(result.allStatusesTotal).toBe(2);
    expect(result.page.total).toBe(1);
  });

  test('without filters, every status of the insurer', async () => {
    const result = await queue(uwA);
    expect(result.statusCounts).toMatchObject({ SUBMITTED: 14, IN_REVIEW: 1, QUOTED: 2, DECLINED: 1 });
    expect(result.allStatusesTotal).toBe(FIXTURES.length);
    expect((await queue(uwB)).statusCounts.SUBMITTED).toBe(2);
  });
});

describe('sort and pages', () => {
  test.each([
    ['score', 'desc'],
    ['score', 'asc'],
    ['clientName', 'asc'],
    ['effectiveGrade', 'desc'],
    ['masterKeyExposure', 'desc'],
    ['status', 'asc'],
    ['submittedAt', 'desc'],
  ] as const)('by %s %s: in order, and pages of 10 neither overlap nor skip (ties broken by id)', async (sort, dir) => {
    const all = (await queue(uwA, { sort, dir })).page.items;
    const key = (row: (typeof all)[number]) => row[sort === 'submittedAt' ? 'submittedAt' : sort];
    const STATUS_ORDER = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'QUOTED', 'DECLINED', 'BOUND', 'NOT_TAKEN_UP', 'WITHDRAWN'];
    const comparable = (row: (typeof all)[number]): number | string => {
      const value = key(row);
      return sort === 'status' ? STATUS_ORDER.indexOf(value as string) : value instanceof Date ? value.getTime() : value;
    };
    for (let index = 1; index < all.length; index++) {
      const [previous, current] = [comparable(all[index - 1]!), comparable(all[index]!)];
      if (previous === current) expect(all[index - 1]!.id < all[index]!.id).toBe(true);
      else expect(dir === 'asc' ? previous < current : previous > current).toBe(true);
    }
    const first = await queue(uwA, { sort, dir, pageSize: 10, page: 1 });
    // Page 2 of 2 is read from the end of the list and turned round.
    const second = await queue(uwA, { sort, dir, pageSize: 10, page: 2 });
    expect(first.page.pageCount).toBe(2);
    expect([...first.page.items, ...second.page.items].map((row) => row.id)).toEqual(all.map((row) => row.id));
  });

  test('a page past the end is empty, with the total', async () => {
    const result = await queue(uwA, { pageSize: 10, page: 5 });
    expect(result.page.items).toEqual([]);
    expect(result.page.total).toBe(FIXTURES.length);
  });
});

describe('CSV download', () => {
  async function csvOf(user: TSessionUser, input: Record<string, unknown>, locale: 'en' | 'de' = 'de') {
    const stream = streamQueueCsv({ user, query: ZQueueQuery.parse(input), now: NOW, translate: (key) => translateKey(locale, key) ?? key, batchSize: 4 });
    // Response.text() would drop the byte order mark: decode keeping it, as a spreadsheet reads the file.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    return parse(text.slice(1)) as string[][];
  }

  test('every row of the filters in the page order, across batches, with column names in the reader language', async () => {
    const records = await csvOf(uwA, { sort: 'score', dir: 'desc' });
    const [header, ...rows] = records;
    expect(header!.slice(0, 3)).toEqual(['Kunde', 'Branche', 'Note']);
    const page = (await queue(uwA, { sort: 'score', dir: 'desc' })).page.items;
    expect(rows).toHaveLength(FIXTURES.length);
    // Names as the CSV shows them: formula-like ones with the apostrophe.
    expect(rows.map((row) => row[0])).toEqual(page.map((row) => (/^[=@]/.test(row.clientName) ? `'${row.clientName}` : row.clientName)));
    expect(rows.flat().join(' ')).not.toContain('Omega');
  });

  test('formula-like client names stay text', async () => {
    const rows = (await csvOf(uwA, { grade: 'C', sort: 'clientName', dir: 'asc' }, 'en')).slice(1);
    expect(rows.map((row) => row[0])).toEqual([`'=HYPERLINK("http://x") ${tag}`, `'@SUM(1) ${tag}`].sort());
    expect(rows.every((row) => !/^[=+\-@]/.test(row[0]!))).toBe(true);
  });

  test('the filters apply: the quoted ones, with the expiry and overdue columns', async () => {
    const [header, ...rows] = await csvOf(uwA, { status: 'QUOTED', sort: 'clientName', dir: 'asc' }, 'en');
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[0])).toEqual([named('Delta Kanzlei'), named('Gamma Logistik')]);
    const gamma = rows[1]!;
    expect([gamma[column('Status')], gamma[column('Quote valid until')], gamma[column('Quote expired')], gamma[column('Overdue subjectivities')]]).toEqual(['Quoted', '2026-11-30', 'yes', '1']);
    expect(gamma[column('Identity providers')]).toBe('Microsoft; AD FS');
  });

  test("the other insurer's CSV holds only its own rows", async () => {
    const rows = (await csvOf(uwB, {})).slice(1);
    expect(rows.map((row) => row[0]).sort()).toEqual([named('Alpha Werft GmbH'), ONLY_AT_B].sort());
  });
});
