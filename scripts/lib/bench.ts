// Shared pieces of the database benchmarks (bench:clients, bench:portfolio): the statements the app
// sends (captured at the pg driver, under Prisma's adapter too), medians of interleaved runs, the
// time PostgreSQL itself spends on a call's statements, and a plain-text result table.
import pg from 'pg';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}

/** Every statement the app sends to PostgreSQL through the pg driver, while `capture` is on. */
export type TStatement = { text: string; values: unknown[] };
const captured: TStatement[] = [];
let capture = false;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  if (capture) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    captured.push(typeof config === 'string' ? { text: config, values: values ?? [] } : { text: config.text, values: config.values ?? values ?? [] });
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** The statements one call sends, as captured at the driver. */
export async function statementsOf(run: () => Promise<unknown>): Promise<TStatement[]> {
  captured.length = 0;
  capture = true;
  await run();
  capture = false;
  return [...captured];
}

/**
 * Median milliseconds per call of each case. Rounds interleave the cases, so a burst of load from
 * elsewhere on the machine slows all of them alike rather than the one that happened to run then.
 */
export async function timeInterleaved(cases: ReadonlyArray<() => Promise<unknown>>, options: { warmup: number; rounds: number }): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) for (const run of cases) await run();
  const runs = cases.map(() => [] as number[]);
  for (let round = 0; round < options.rounds; round++) {
    for (const [index, run] of cases.entries()) {
      const started = performance.now();
      await run();
      runs[index]!.push(performance.now() - started);
    }
  }
  return runs.map(median);
}

/** What PostgreSQL itself spends on the statements (EXPLAIN ANALYZE execution time, summed; median of 7). */
export async function executionMsOf(admin: pg.Client, statements: readonly TStatement[]): Promise<number> {
  const sums: number[] = [];
  for (let round = 0; round < 7; round++) {
    let sum = 0;
    for (const statement of statements) {
      const plan = await admin.query({ text: `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement.text}`, values: statement.values });
      sum += (plan.rows[0] as { 'QUERY PLAN': Array<{ 'Execution Time': number }> })['QUERY PLAN'][0]!['Execution Time'];
    }
    sums.push(sum);
  }
  return median(sums);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}
