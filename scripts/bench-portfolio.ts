// Benchmark of the portfolio on a large book (npm run bench:portfolio [-- --size 100000 --insurer org_rheinmark]).
//
// Uses the database at DATABASE_URL, or the embedded default (like npm run demo): migrates it, seeds
// the demo world where missing, and seeds the synthetic book (prisma/seed/synthetic-book.ts) if the
// insurer's synthetic book is smaller than --size. Then it times the app's own data functions — the
// ones /portfolio and /portfolio/scenario call, not a copy of their SQL — next to a plain
// `SELECT count(*)` over the Submission table in the same run (the ratio says what a figure costs
// compared with touching every row once), and prints the plan of every statement they send, so the
// indexes used are visible. Timings depend on the machine: nothing here passes or fails.
//
// Run with the react-server condition (the npm script does) so `import 'server-only'` resolves.
import pg from 'pg';
import { grantAppRole } from '../lib/db/app-role';
import { getDb } from '../lib/db/client';
import { createPrismaClient } from '../lib/db/create-client';
import { applyMigrations } from '../lib/db/migrate';
import { getPortfolioDashboardForUser, getScenarioForUser, listScenarioInsuredsForUser } from '../lib/portfolio/queries';
import { loadSessionUser } from '../lib/testing/session-user';
import { seedDemoWorld } from '../prisma/seed/seed-demo-world';
import { parseBookArguments, seedSyntheticBook } from '../prisma/seed/synthetic-book';
import { executionMsOf, printTable, statementsOf, timeInterleaved } from './lib/bench';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD, MIGRATIONS_DIR } from './lib/database';
import { exportAppSecrets } from './lib/secrets';

const WARMUP = 2;
const ROUNDS = 11;


async function main(): Promise<void> {
  const { size, insurerId } = parseBookArguments(process.argv.slice(2), { size: 100_000, insurerId: 'org_rheinmark', usage: 'npm run bench:portfolio -- [--size 100000] [--insurer org_rheinmark]' });
  const server = await acquireDatabase(() => {});
  assertLocalDatabase(server.url, DEMO_SEED_GUARD);
  process.env.DATABASE_URL = server.url;
  const admin = new pg.Client({ connectionString: server.url });
  try {
    await applyMigrations({ databaseUrl: server.url, migrationsDir: MIGRATIONS_DIR, log: () => {} });
    await grantAppRole({ ownerUrl: server.url });
    const seeder = createPrismaClient({ databaseUrl: server.url, poolMax: 2 });
    exportAppSecrets();
    await seedDemoWorld(seeder).finally(() => seeder.$disconnect());
    await admin.connect();
    const existing = (await admin.query(`SELECT count(*)::int AS n FROM "Submission" WHERE "insurerId" = $1 AND "id" LIKE 'book\\_sub\\_%'`, [insurerId])).rows[0].n as number;
    if (existing < size) await seedSyntheticBook({ databaseUrl: server.url, size, insurerId, log: console.log });
    // A steady state, as autovacuum leaves it: statistics for the planner, a visibility map for index-only scans.
    await admin.query('VACUUM ANALYZE "Submission"');
    await admin.query('VACUUM ANALYZE "Placement"');
    const counts = (await admin.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE "insurerId" = $1)::int AS insurer FROM "Submission"`, [insurerId])).rows[0] as { total: number; insurer: number };
    const email = (await admin.query(`SELECT "email" FROM "User" WHERE "organizationId" = $1 AND "role" = 'UNDERWRITER' ORDER BY "email" LIMIT 1`, [insurerId])).rows[0]?.email as string | undefined;
    if (!email) throw new Error(`${insurerId} has no underwriter to run the queries as.`);
    const user = await loadSessionUser(getDb(), email);
    const version = (await admin.query('SHOW server_version')).rows[0].server_version as string;
    console.log(`signet portfolio benchmark — ${counts.total.toLocaleString('en')} submissions, ${counts.insurer.toLocaleString('en')} to ${insurerId}; PostgreSQL ${version}, Node ${process.version}; median of ${ROUNDS} runs after ${WARMUP} warm-up`);

    const scenario = (provider: 'microsoft' | 'okta', page = 1) => getScenarioForUser({ user, provider, scope: 'book', page, pageSize: 25 });
    const microsoft = await scenario('microsoft');
    const cases: Array<[string, () => Promise<unknown>]> = [
      [`SELECT count(*) over all ${counts.total.toLocaleString('en')} rows`, () => admin.query('SELECT count(*) FROM "Submission"')],
      ['dashboard (7 grouped statements)', () => getPortfolioDashboardForUser({ user })],
      [`scenario Microsoft, first page (${microsoft.totals.exposedInsureds.toLocaleString('en')} exposed)`, () => scenario('microsoft')],
      [`scenario Microsoft, last page (${microsoft.insureds.pageCount})`, () => scenario('microsoft', microsoft.insureds.pageCount)],
      ['scenario Okta, first page', () => scenario('okta')],
      ['scenario Microsoft, book and pipeline', () => getScenarioForUser({ user, provider: 'microsoft', scope: 'book_and_pipeline', page: 1, pageSize: 25 })],
      ['scenario CSV rows, Microsoft (all exposed)', () => listScenarioInsuredsForUser({ user, provider: 'microsoft', scope: 'book' })],
    ];
    const medians = await timeInterleaved(cases.map(([, run]) => run), { warmup: WARMUP, rounds: ROUNDS });
    const baselineMs = medians[0]!;
    const rows: string[][] = [];
    const results: Record<string, number> = {};
    for (const [index, [label, run]] of cases.entries()) {
      const statements = index === 0 ? [{ text: 'SELECT count(*) FROM "Submission"', values: [] }] : await statementsOf(run);
      const executionMs = await executionMsOf(admin, statements);
      rows.push([label, `${medians[index]!.toFixed(1)} ms`, `${(medians[index]! / baselineMs).toFixed(1)}×`, String(statements.length), `${executionMs.toFixed(1)} ms`]);
      results[label] = Number(medians[index]!.toFixed(2));
    }
    printTable(['measurement', 'median', 'vs count(*)', 'statements', 'in PostgreSQL (sum)'], rows);

    // The plan of every statement of the dashboard and of the scenario, with the parameters sent.
    for (const [title, run] of [
      ['Dashboard', () => getPortfolioDashboardForUser({ user })],
      ['Scenario Microsoft, first page', () => scenario('microsoft')],
    ] as const) {
      const statements = await statementsOf(run);
      for (const [index, statement] of statements.entries()) {
        const plan = await admin.query({ text: `EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${statement.text}`, values: statement.values });
        console.log(`\n${title}, statement ${index + 1} of ${statements.length}: ${statement.text.replace(/\s+/g, ' ').trim().slice(0, 160)}…`);
        console.log(plan.rows.map((row: Record<string, string>) => `  ${row['QUERY PLAN']}`).join('\n'));
      }
    }
    console.log(`\n${JSON.stringify(results)}`);
  } finally {
    await admin.end().catch(() => {});
    await getDb().$disconnect();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench-portfolio: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.SIGNET_DEBUG) console.error(error);
    process.exit(1);
  },
);
