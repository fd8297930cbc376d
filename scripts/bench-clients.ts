// Benchmark of the client list at the size of a large brokerage (npm run bench:clients).
//
// On a fresh temporary database (migrated and seeded like the tests'), two brokerages get 10,000
// client companies each, and the measured one a history of assessments and results. Then the list's
// own data functions — the ones /clients and GET /api/v1/clients call, not a copy of their SQL — are
// timed for the default page, a search, a sort by employees and the last page, next to a plain
// `SELECT count(*)` over the whole table in the same run (the ratio says what a page costs compared
// with touching every row once). It prints medians, the SQL statements per call (counted at the pg
// driver) with the time PostgreSQL itself spends on them, and the plan of the search; then it drops
// the database. Timings depend on the machine:
// nothing here passes or fails.
//
// Run with the react-server condition (the npm script does) so the data modules' `import
// 'server-only'` resolves as it does inside Next.
import pg from 'pg';
import { findClientCompaniesForUser, findLatestResultsForClientCompanies } from '../lib/clients/queries';
import { ZClientListQuery, type TClientListQuery } from '../lib/clients/schemas';
import { getDb } from '../lib/db/client';
import { createPrismaClient, type PrismaClient } from '../lib/db/create-client';
import { COMPANY_COUNTRIES, INDUSTRIES, REVENUE_BANDS } from '../lib/domain/company';
import { CURRENT_QUESTIONNAIRE_VERSION } from '../lib/questionnaire';
import { loadSessionUser } from '../lib/testing/session-user';
import { executionMsOf, printTable, statementsOf, timeInterleaved } from './lib/bench';
import { acquireDatabase } from './lib/database';
import { createTestDatabase } from './lib/test-database';

const CLIENTS_PER_BROKERAGE = 10_000;
const BATCH = 1_000;
const WARMUP = 3;
const ROUNDS = 21;
const SEARCH = 'werft';

// Company names that look like a German broker's book: a region, a trade, a legal form and a number.
const REGIONS = ['Nord', 'Süd', 'Alpen', 'Rhein', 'Donau', 'Elb', 'Main', 'Ost', 'West', 'Harz', 'Bodensee', 'Isar'];
const TRADES = ['Maschinenbau', 'Logistik', 'Werft', 'Praxisverbund', 'Rechtsanwälte', 'Bau', 'Handel', 'Energie', 'Software', 'Klinik', 'Spedition', 'Druck', 'Metall', 'Pharma', 'Textil'];
const FORMS = ['GmbH', 'AG', 'GmbH & Co. KG', 'SE', 'KG'];

/** A deterministic pseudo-random sequence (LCG), so every run builds the same book. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (max: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % max;
  };
}

async function createBrokerageWithClients(db: PrismaClient, options: { key: string; name: string; withHistory: boolean }) {
  const brokerage = await db.organization.create({ data: { id: `bench_${options.key}`, kind: 'BROKERAGE', name: options.name, country: 'DE' } });
  const broker = await db.user.create({
    data: { id: `bench_${options.key}_broker`, email: `broker@${options.key}.bench.example`, name: `Bench Broker ${options.key}`, passwordHash: 'x', role: 'BROKER', organizationId: brokerage.id },
  });
  const next = sequence(options.key.length * 7919 + 17);
  const dach = ['DE', 'DE', 'DE', 'DE', 'AT', 'AT', 'CH'];
  for (let start = 0; start < CLIENTS_PER_BROKERAGE; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, CLIENTS_PER_BROKERAGE - start) }, (_, offset) => {
      const n = start + offset;
      const name = `${REGIONS[next(REGIONS.length)]} ${TRADES[next(TRADES.length)]} ${n} ${FORMS[next(FORMS.length)]}`;
      const country = next(10) < 8 ? dach[next(dach.length)]! : COMPANY_COUNTRIES[next(COMPANY_COUNTRIES.length)]!;
      return { id: `bench_${options.key}_${n}`, name, country };
    });
    await db.organization.createMany({ data: rows.map((row) => ({ id: `${row.id}_org`, kind: 'CLIENT_COMPANY' as const, name: row.name, country: row.country })) });
    await db.clientCompany.createMany({
      data: rows.map((row) => ({
        id: row.id,
        organizationId: `${row.id}_org`,
        brokerageId: brokerage.id,
        responsibleBrokerId: broker.id,
        name: row.name,
        industry: INDUSTRIES[next(INDUSTRIES.length)]!,
        country: row.country,
        revenueBand: REVENUE_BANDS[next(REVENUE_BANDS.length)]!,
        employeeCount: 1 + next(5_000),
      })),
    });
  }
  if (options.withHistory) await createHistory(db, { brokerageId: brokerage.id, brokerId: broker.id, key: options.key, next });
  return broker;
}

/** A third of the clients have one to three submitted assessments (each with its frozen result), one in twenty a draft. */
async function createHistory(db: PrismaClient, options: { brokerageId: string; brokerId: string; key: string; next: (max: number) => number }) {
  const assessments: Array<{ id: string; clientCompanyId: string; status: 'SUBMITTED' | 'DRAFT'; submittedAt: Date | null }> = [];
  for (let n = 0; n < CLIENTS_PER_BROKERAGE; n++) {
    const clientCompanyId = `bench_${options.key}_${n}`;
    if (n % 3 === 0) {
      const count = 1 + options.next(3);
      for (let k = 0; k < count; k++) assessments.push({ id: `${clientCompanyId}_a${k}`, clientCompanyId, status: 'SUBMITTED', submittedAt: new Date(Date.UTC(2024 + k, options.next(12), 1 + options.next(28))) });
    }
    if (n % 20 === 0) assessments.push({ id: `${clientCompanyId}_draft`, clientCompanyId, status: 'DRAFT', submittedAt: null });
  }
  for (let start = 0; start < assessments.length; start += BATCH) {
    const batch = assessments.slice(start, start + BATCH);
    await db.assessment.createMany({
      data: batch.map((a) => ({ ...a, brokerageId: options.brokerageId, brokerId: options.brokerId, questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION })),
    });
    const submitted = batch.filter((a) => a.submittedAt);
    await db.assessmentSnapshot.createMany({
      data: submitted.map((a) => {
        const score = Math.round(options.next(1000)) / 10;
        const grade = score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : score >= 40 ? 'D' : 'E';
        return {
          assessmentId: a.id,
          questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
          modelVersion: 'bench',
          answers: {},
          result: {},
          digest: '0'.repeat(64),
          score,
          grade,
          masterKeyExposure: 100 - score,
          createdAt: a.submittedAt!,
        };
      }),
    });
  }
  return assessments.length;
}

async function main(): Promise<void> {
  const server = await acquireDatabase(() => {});
  const database = await createTestDatabase(server.url);
  // The app's own client (getDb) reads DATABASE_URL on first use: point it at the temporary database.
  process.env.DATABASE_URL = database.url;
  const seeder = createPrismaClient({ databaseUrl: database.url, poolMax: 4 });
  const admin = new pg.Client({ connectionString: database.url });
  try {
    const started = performance.now();
    const broker = await createBrokerageWithClients(seeder, { key: 'a', name: 'Bench Makler A GmbH', withHistory: true });
    await createBrokerageWithClients(seeder, { key: 'b', name: 'Bench Makler B GmbH', withHistory: false });
    await admin.connect();
    // A steady state, as autovacuum leaves it: statistics for the planner, a visibility map for index-only scans.
    await admin.query('VACUUM ANALYZE');
    const counts = (await admin.query('SELECT (SELECT count(*) FROM "ClientCompany")::int AS clients, (SELECT count(*) FROM "Assessment")::int AS assessments, (SELECT count(*) FROM "AssessmentSnapshot")::int AS snapshots')).rows[0] as Record<string, number>;
    console.log(`signet client-list benchmark — ${database.name}, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${counts.clients!.toLocaleString('en')} client companies (${CLIENTS_PER_BROKERAGE.toLocaleString('en')} in the measured brokerage), ${counts.assessments!.toLocaleString('en')} assessments, ${counts.snapshots!.toLocaleString('en')} results; median of ${ROUNDS} runs after ${WARMUP} warm-up, Node ${process.version}`);

    const user = await loadSessionUser(seeder, broker.email);
    const query = (input: Partial<TClientListQuery>) => ZClientListQuery.parse(input);
    const listPage = async (input: Partial<TClientListQuery>) => {
      const page = await findClientCompaniesForUser({ user, query: query(input) });
      await findLatestResultsForClientCompanies({ user, clientCompanyIds: page.items.map((item) => item.id) });
      return page;
    };
    const lastPage = Math.ceil(CLIENTS_PER_BROKERAGE / 25);
    const searchTotal = (await findClientCompaniesForUser({ user, query: query({ q: SEARCH }) })).total;

    const cases: Array<[string, () => Promise<unknown>]> = [
      [`SELECT count(*) over all ${counts.clients!.toLocaleString('en')} rows`, () => admin.query('SELECT count(*) FROM "ClientCompany"')],
      ['default page (name A–Z, 25 rows)', () => listPage({})],
      [`search "${SEARCH}" (${searchTotal.toLocaleString('en')} matches)`, () => listPage({ q: SEARCH })],
      ['sort by employees, largest first', () => listPage({ sort: 'employeeCount', dir: 'desc' })],
      [`last page (${lastPage} of ${lastPage})`, () => listPage({ page: lastPage })],
      ['default page, 100 rows', () => listPage({ pageSize: 100 })],
      ['list only, without the latest grades', () => findClientCompaniesForUser({ user, query: query({}) })],
    ];
    const medians = await timeInterleaved(cases.map(([, run]) => run), { warmup: WARMUP, rounds: ROUNDS });
    const baselineMs = medians[0]!;
    const rows: Array<[string, string, string, string, string]> = [];
    const results: Record<string, number> = {};
    for (const [index, [label, run]] of cases.entries()) {
      // What PostgreSQL itself spends on the call's statements (EXPLAIN ANALYZE, median of 7): the
      // rest is the driver, Prisma and the event loop, and the load of whatever else runs here.
      const statements = index === 0 ? [{ text: 'SELECT count(*) FROM "ClientCompany"', values: [] }] : await statementsOf(run);
      const executionMs = await executionMsOf(admin, statements);
      rows.push([label, `${medians[index]!.toFixed(2)} ms`, `${(medians[index]! / baselineMs).toFixed(1)}×`, String(statements.length), `${executionMs.toFixed(2)} ms`]);
      results[label] = Number(medians[index]!.toFixed(3));
    }
    printTable(['measurement', 'median', 'vs count(*)', 'statements', 'in PostgreSQL'], rows);

    // The plan of every statement the search sends, with the parameters it sent.
    const statements = await statementsOf(() => listPage({ q: SEARCH }));
    for (const [index, statement] of statements.entries()) {
      console.log(`\nSearch, statement ${index + 1} of ${statements.length}:\n${statement.text}\nparameters: ${JSON.stringify(statement.values)}`);
      const plan = await admin.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, values: statement.values });
      console.log(plan.rows.map((row: Record<string, string>) => `  ${row['QUERY PLAN']}`).join('\n'));
    }
    console.log(`\n${JSON.stringify(results)}`);
  } finally {
    await admin.end().catch(() => {});
    await seeder.$disconnect();
    await getDb().$disconnect();
    await database.drop();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench-clients: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.SIGNET_DEBUG) console.error(error);
    process.exit(1);
  },
);
