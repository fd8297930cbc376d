// Benchmark of the scoring library (npm run bench:scoring), through its public API only.
//
// Workload, per questionnaire version the model scores: its golden profiles plus 200 random valid
// answer sets generated from the question bank (seeded, so every run and every model version scores
// the same sets: the idp-exposure@1 rows compare with the figures of earlier model versions). Each
// measurement is repeated (ROUNDS) and the median reported, next to the cost of only validating the
// same answers with the derived zod schema in the same run (the ratio shows what scoring adds on top
// of what every API call pays anyway). The Monte Carlo is timed as scoreAssessment with the
// simulation minus scoreAssessment without it, on all golden profiles. Times are CPU time of this process (process.cpuUsage), not wall-clock time, so that
// other work on a shared machine does not inflate them. Targets are printed as PASS/FAIL; the exit
// code stays 0 because timings depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { getQuestionnaire, validateAnswers } from '@/lib/questionnaire';
import type { TAnswers } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';
import { SUPPORTED_QUESTIONNAIRE_VERSIONS, scoreAssessment } from '@/lib/scoring';

const ROUNDS = 7;
const RANDOM_SETS = 200;
const MIN_ROUND_MS = 250;
const TARGET_SCORE_MS = 1;
const TARGET_10K_MS = 50;

type TItem = { questionnaireVersion: string; answers: TAnswers };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}

/** CPU milliseconds this process has used (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Mean CPU milliseconds per call of `run` over the workload, repeated until `minMs` of CPU time has passed. */
function timePerCall(items: readonly TItem[], run: (item: TItem) => unknown, minMs: number): number {
  let calls = 0;
  const started = cpuMs();
  do {
    for (const item of items) run(item);
    calls += items.length;
  } while (cpuMs() - started < minMs);
  return (cpuMs() - started) / calls;
}

function measure(items: readonly TItem[], run: (item: TItem) => unknown, minMs = MIN_ROUND_MS): number {
  timePerCall(items, run, minMs);
  return median(Array.from({ length: ROUNDS }, () => timePerCall(items, run, minMs)));
}

function loadGolden(): TItem[] {
  const directory = fileURLToPath(new URL('../lib/scoring/fixtures/', import.meta.url));
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const fixture = JSON.parse(readFileSync(`${directory}${file}`, 'utf8')) as { questionnaireVersion?: string; answers: TAnswers };
      return { questionnaireVersion: fixture.questionnaireVersion ?? 'idp-exposure@1', answers: fixture.answers };
    });
}

function loadRandom(version: string): TItem[] {
  const questionnaire = getQuestionnaire(version);
  if (!questionnaire) throw new Error(`${version} is not registered`);
  return fc
    .sample(arbitraryAnswers(questionnaire, { completeness: 'complete' }), { numRuns: RANDOM_SETS, seed: 20240712 })
    .map((answers) => ({ questionnaireVersion: version, answers }));
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

function main(): void {
  const golden = loadGolden();
  const workloads = SUPPORTED_QUESTIONNAIRE_VERSIONS.map((version) => ({
    version,
    items: [...golden.filter((item) => item.questionnaireVersion === version), ...loadRandom(version)],
  }));
  for (const { items } of workloads) {
    for (const item of items) {
      const outcome = scoreAssessment(item, { loss: false });
      if (!outcome.ok) throw new Error(`workload contains an invalid answer set: ${JSON.stringify(outcome.issues[0])}`);
    }
  }
  const validate = (item: TItem): unknown => validateAnswers(item.questionnaireVersion, item.answers, 'final');
  const score = (loss: false | { trials: number }) => (item: TItem) => scoreAssessment(item, { loss });

  const rate = (ms: number): string => `${Math.round(1000 / ms).toLocaleString('en')} /s`;
  const rows: Array<[string, string, string, string, string]> = [];
  const figures: Record<string, number> = {};
  for (const { version, items } of workloads) {
    const validateMs = measure(items, validate);
    const scoreMs = measure(items, score(false));
    rows.push([`zod validation only, ${version}, ${items.length} sets (final)`, formatMs(validateMs), rate(validateMs), '1.0×', '']);
    rows.push([
      `scoreAssessment, ${version}, loss: false`,
      formatMs(scoreMs),
      rate(scoreMs),
      `${(scoreMs / validateMs).toFixed(1)}×`,
      `${scoreMs < TARGET_SCORE_MS ? 'PASS' : 'FAIL'} (< ${TARGET_SCORE_MS} ms)`,
    ]);
    figures[`validateMs ${version}`] = Number(validateMs.toFixed(4));
    figures[`scoreMs ${version}`] = Number(scoreMs.toFixed(4));
    figures[`scoreToValidateRatio ${version}`] = Number((scoreMs / validateMs).toFixed(2));
  }
  const validateGoldenMs = measure(golden, validate);
  const scoreGoldenMs = measure(golden, score(false));
  const monteCarlo10kMs = measure(golden, score({ trials: 10_000 })) - scoreGoldenMs;
  const monteCarlo100kMs = measure(golden, score({ trials: 100_000 }), 1) - scoreGoldenMs;
  rows.push([`zod validation only, ${golden.length} golden profiles`, formatMs(validateGoldenMs), rate(validateGoldenMs), '1.0×', '']);
  rows.push([
    'Monte Carlo, 10,000 trials (golden)',
    formatMs(monteCarlo10kMs),
    '',
    `${(monteCarlo10kMs / validateGoldenMs).toFixed(0)}×`,
    `${monteCarlo10kMs < TARGET_10K_MS ? 'PASS' : 'FAIL'} (< ${TARGET_10K_MS} ms)`,
  ]);
  rows.push(['Monte Carlo, 100,000 trials (golden)', formatMs(monteCarlo100kMs), '', `${(monteCarlo100kMs / validateGoldenMs).toFixed(0)}×`, '']);
  const header: [string, string, string, string, string] = ['measurement', 'median', 'throughput', 'vs zod', 'target'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();

  console.log(`signet scoring benchmark — per questionnaire version: golden profiles + ${RANDOM_SETS} random sets; median of ${ROUNDS} rounds, CPU time, Node ${process.version}`);
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  console.log(
    JSON.stringify({
      rounds: ROUNDS,
      ...figures,
      monteCarlo10kMs: Number(monteCarlo10kMs.toFixed(2)),
      monteCarlo100kMs: Number(monteCarlo100kMs.toFixed(2)),
    }),
  );
}

try {
  main();
} catch (error) {
  console.error(`bench-scoring: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
