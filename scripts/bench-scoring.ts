// Benchmark of the scoring library (npm run bench:scoring).
//
// Workload: the golden profiles plus random valid answer sets generated from the question bank.
// Each measurement is repeated (ROUNDS) and the median reported, next to the cost of only
// validating the same answers with the derived zod schema in the same run (the ratio shows what
// scoring adds on top of what every API call pays anyway). The Monte Carlo runs on the golden
// profiles only, so its ratio is taken against zod validation of those same golden profiles. Targets are printed as PASS/FAIL; the
// exit code stays 0 because timings depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { getQuestionnaire, validateAnswers } from '@/lib/questionnaire';
import type { TAnswers } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';
import { createAnswerView, computeRiskCore, mapAnswersToLossInput, scoreAssessment } from '@/lib/scoring';
import { simulateAnnualLoss } from '@/lib/scoring/loss';

const VERSION = 'idp-exposure@1';
const ROUNDS = 7;
const RANDOM_SETS = 200;
const MIN_ROUND_MS = 250;
const TARGET_SCORE_MS = 1;
const TARGET_10K_MS = 50;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}

/** Mean milliseconds per call of `run` over the workload, repeated until MIN_ROUND_MS has passed. */
function timePerCall(items: readonly TAnswers[], run: (answers: TAnswers) => unknown): number {
  let calls = 0;
  const started = performance.now();
  do {
    for (const answers of items) run(answers);
    calls += items.length;
  } while (performance.now() - started < MIN_ROUND_MS);
  return (performance.now() - started) / calls;
}

function measure(items: readonly TAnswers[], run: (answers: TAnswers) => unknown): number {
  timePerCall(items, run);
  return median(Array.from({ length: ROUNDS }, () => timePerCall(items, run)));
}

function loadWorkload(): TAnswers[] {
  const directory = fileURLToPath(new URL('../lib/scoring/fixtures/', import.meta.url));
  const golden = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => (JSON.parse(readFileSync(`${directory}${file}`, 'utf8')) as { answers: TAnswers }).answers);
  const questionnaire = getQuestionnaire(VERSION);
  if (!questionnaire) throw new Error(`${VERSION} is not registered`);
  const random = fc.sample(arbitraryAnswers(questionnaire, { completeness: 'complete' }), { numRuns: RANDOM_SETS, seed: 20240712 });
  return [...golden, ...random];
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

function main(): void {
  const workload = loadWorkload();
  for (const answers of workload) {
    const outcome = scoreAssessment({ questionnaireVersion: VERSION, answers }, { loss: false });
    if (!outcome.ok) throw new Error(`workload contains an invalid answer set: ${JSON.stringify(outcome.issues[0])}`);
  }

  const validateMs = measure(workload, (answers) => validateAnswers(VERSION, answers, 'final'));
  const coreMs = measure(workload, (answers) => computeRiskCore(createAnswerView(answers)));
  const scoreMs = measure(workload, (answers) => scoreAssessment({ questionnaireVersion: VERSION, answers }, { loss: false }));

  // Monte Carlo on the golden profiles only (the simulation cost does not depend on the answers);
  // its baseline is zod validation of the same golden profiles, not of the whole workload.
  const golden = workload.slice(0, workload.length - RANDOM_SETS);
  const validateGoldenMs = measure(golden, (answers) => validateAnswers(VERSION, answers, 'final'));
  const inputs = golden.map((answers) => {
    const mapped = mapAnswersToLossInput(computeRiskCore(createAnswerView(answers)), answers);
    if (!mapped) throw new Error('a golden profile lacks its business profile');
    return mapped.input;
  });
  const monteCarlo = (trials: number): number => {
    const runs = Array.from({ length: ROUNDS + 1 }, (_, round) => {
      const input = inputs[round % inputs.length]!;
      const started = performance.now();
      simulateAnnualLoss(input, { trials, seed: 1000 + round });
      return performance.now() - started;
    });
    return median(runs.slice(1));
  };
  const mc10kMs = monteCarlo(10_000);
  const mc100kMs = monteCarlo(100_000);

  const rows: Array<[string, string, string, string, string]> = [
    [`zod validation only, all ${workload.length} sets (final)`, formatMs(validateMs), `${Math.round(1000 / validateMs).toLocaleString('en')} /s`, '1.0×', ''],
    ['risk core (computeRiskCore)', formatMs(coreMs), `${Math.round(1000 / coreMs).toLocaleString('en')} /s`, `${(coreMs / validateMs).toFixed(1)}×`, ''],
    [
      'full scoreAssessment, loss: false',
      formatMs(scoreMs),
      `${Math.round(1000 / scoreMs).toLocaleString('en')} /s`,
      `${(scoreMs / validateMs).toFixed(1)}×`,
      `${scoreMs < TARGET_SCORE_MS ? 'PASS' : 'FAIL'} (< ${TARGET_SCORE_MS} ms)`,
    ],
    [
      `zod validation only, ${golden.length} golden profiles`,
      formatMs(validateGoldenMs),
      `${Math.round(1000 / validateGoldenMs).toLocaleString('en')} /s`,
      '1.0×',
      '',
    ],
    [
      'Monte Carlo, 10,000 trials (golden)',
      formatMs(mc10kMs),
      '',
      `${(mc10kMs / validateGoldenMs).toFixed(0)}×`,
      `${mc10kMs < TARGET_10K_MS ? 'PASS' : 'FAIL'} (< ${TARGET_10K_MS} ms)`,
    ],
    ['Monte Carlo, 100,000 trials (golden)', formatMs(mc100kMs), '', `${(mc100kMs / validateGoldenMs).toFixed(0)}×`, ''],
  ];
  const header: [string, string, string, string, string] = ['measurement', 'median', 'throughput', 'vs zod', 'target'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();

  console.log(`signet scoring benchmark — ${workload.length} answer sets (${golden.length} golden + ${RANDOM_SETS} random), median of ${ROUNDS} rounds, Node ${process.version}`);
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  console.log(
    JSON.stringify({
      answerSets: workload.length,
      rounds: ROUNDS,
      validateMs: Number(validateMs.toFixed(4)),
      validateGoldenMs: Number(validateGoldenMs.toFixed(4)),
      coreMs: Number(coreMs.toFixed(4)),
      scoreMs: Number(scoreMs.toFixed(4)),
      assessmentsPerSecond: Math.round(1000 / scoreMs),
      scoreToValidateRatio: Number((scoreMs / validateMs).toFixed(2)),
      monteCarlo10kMs: Number(mc10kMs.toFixed(2)),
      monteCarlo100kMs: Number(mc100kMs.toFixed(2)),
      monteCarlo10kToValidateRatio: Number((mc10kMs / validateGoldenMs).toFixed(1)),
      monteCarlo100kToValidateRatio: Number((mc100kMs / validateGoldenMs).toFixed(1)),
      targets: { scoreUnder1Ms: scoreMs < TARGET_SCORE_MS, monteCarlo10kUnder50Ms: mc10kMs < TARGET_10K_MS },
    }),
  );
}

try {
  main();
} catch (error) {
  console.error(`bench-scoring: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
