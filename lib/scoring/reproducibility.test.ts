// Reproducibility guard: the numbers of every golden fixture (lib/scoring/fixtures/*.json), scored with
// a fixed seed, are pinned in fixtures/__snapshots__/reproducibility.json under SCORING_MODEL_VERSION.
// Changing a weight, credit, rule, factor or the loss mapping without bumping the version fails here
// ("bump SCORING_MODEL_VERSION"); after a bump, regenerate the pinned numbers with
//   UPDATE_SCORING_SNAPSHOT=1 npx vitest run lib/scoring/reproducibility.test.ts
// Regenerating refuses to change the numbers of a version that is already pinned, unless
// UPDATE_SCORING_SNAPSHOT=replace (only for a version that was never released).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { LOSS_MODEL_VERSION } from '@/lib/scoring/loss';

import { scoreAssessment } from './score-assessment';
import type { TScoringResult } from './types';
import { SCORING_MODEL_VERSION } from './version';

/** The version a fixture names (`questionnaireVersion`), idp-exposure@1 when it names none. */
const DEFAULT_QUESTIONNAIRE_VERSION = 'idp-exposure@1';
/** Fixed loss settings (Storm-0558 was disclosed on 2023-07-11). */
const SEED = 20_230_711;
const TRIALS = 10_000;
const FIXTURE_DIRECTORY = new URL('./fixtures/', import.meta.url);
const SNAPSHOT_DIRECTORY = new URL('./fixtures/__snapshots__/', import.meta.url);
const SNAPSHOT_FILE = new URL('reproducibility.json', SNAPSHOT_DIRECTORY);
const REGENERATE = 'UPDATE_SCORING_SNAPSHOT=1 npx vitest run lib/scoring/reproducibility.test.ts';
const BUMP = `bump SCORING_MODEL_VERSION in lib/scoring/version.ts, then regenerate the snapshot: ${REGENERATE}`;

type TPinned = {
  questionnaireVersion: string;
  /** Digest of the fixture's answers: a changed fixture is new input, not a model change. */
  answersDigest: string;
  /** Digest of the whole result (recommendations, findings, playbook, loss curve …). */
  resultDigest: string;
  score: number;
  grade: string;
  uncappedGrade: string;
  sections: Record<string, number | null>;
  masterKeyExposure: number;
  claimsReadiness: number | null;
  insurability: string;
  limitBand: string | null;
  retentionBand: string | null;
  premiumEur: number | null;
  layerExpectedLossEur: number | null;
  expectedAnnualLossEur: number | null;
  annualisedLossExpectancy: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
};

type TVersionEntry = {
  lossModelVersion: string;
  seed: number;
  trials: number;
  fixtures: Record<string, TPinned>;
};

type TSnapshotFile = { $comment: string; versions: Record<string, TVersionEntry> };

type TProblem = { kind: 'bump' | 'regenerate'; message: string };

const COMMENT = `Pinned numbers of the golden fixtures per SCORING_MODEL_VERSION (seed ${SEED}, ${TRIALS} trials). Do not edit by hand; after bumping the version run: ${REGENERATE}`;

/** JSON with sorted keys and numbers at 12 significant digits (robust against last-bit float noise). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) => {
    if (typeof node === 'number') return Number.isFinite(node) ? Number(node.toPrecision(12)) + 0 : String(node);
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      return Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return node;
  });
}

function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 24);
}

function pin(answers: unknown, result: TScoringResult): TPinned {
  const { risk, protection, claims, loss } = result;
  return {
    questionnaireVersion: result.questionnaireVersion,
    answersDigest: digest(answers),
    resultDigest: digest(result),
    score: risk.score,
    grade: risk.grade,
    uncappedGrade: risk.uncappedGrade,
    sections: Object.fromEntries(risk.sections.map((section) => [section.sectionId, section.score])),
    masterKeyExposure: risk.masterKeyExposure.score,
    claimsReadiness: claims.readinessScore,
    insurability: protection.insurance.insurability,
    limitBand: protection.insurance.suggestedLimit?.id ?? null,
    retentionBand: protection.insurance.retention?.id ?? null,
    premiumEur: protection.insurance.premium?.amountEur ?? null,
    layerExpectedLossEur: protection.insurance.premium?.layerExpectedLossEur ?? null,
    expectedAnnualLossEur: loss?.expectedAnnualLossEur ?? null,
    annualisedLossExpectancy: loss?.result.annualisedLossExpectancy ?? null,
    p50: loss?.result.percentiles.p50 ?? null,
    p90: loss?.result.percentiles.p90 ?? null,
    p99: loss?.result.percentiles.p99 ?? null,
  };
}

function scoreFixtures(): TVersionEntry {
  const files = readdirSync(FIXTURE_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const fixtures: Record<string, TPinned> = {};
  for (const file of files) {
    const { answers, questionnaireVersion } = JSON.parse(readFileSync(new URL(file, FIXTURE_DIRECTORY), 'utf8')) as { answers: unknown; questionnaireVersion?: string };
    const outcome = scoreAssessment({ questionnaireVersion: questionnaireVersion ?? DEFAULT_QUESTIONNAIRE_VERSION, answers }, { loss: { seed: SEED, trials: TRIALS } });
    if (!outcome.ok) throw new Error(`${file} does not score: ${JSON.stringify(outcome.issues)}`);
    fixtures[file.replace(/\.json$/, '')] = pin(answers, outcome.result);
  }
  return { lossModelVersion: LOSS_MODEL_VERSION, seed: SEED, trials: TRIALS, fixtures };
}

function readSnapshot(): TSnapshotFile | null {
  try {
    return JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as TSnapshotFile;
  } catch {
    return null;
  }
}

function describeChanges(before: TPinned, after: TPinned): string[] {
  const changes: string[] = [];
  for (const key of Object.keys(after) as Array<keyof TPinned>) {
    if (key === 'answersDigest' || key === 'resultDigest' || key === 'questionnaireVersion') continue;
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) changes.push(`${key}: ${canonicalJson(before[key])} -> ${canonicalJson(after[key])}`);
  }
  if (changes.length === 0 && before.resultDigest !== after.resultDigest) changes.push('other parts of the result (recommendations, findings, playbook, loss curve …)');
  return changes;
}

/** Compares freshly computed numbers with the pinned ones of `version`. */
function checkSnapshot(snapshot: TSnapshotFile | null, version: string, current: TVersionEntry): TProblem[] {
  const entry = snapshot?.versions[version];
  if (!entry) {
    const pinned = Object.keys(snapshot?.versions ?? {}).join(', ') || 'none';
    return [{ kind: 'regenerate', message: `No numbers are pinned for ${version} (pinned: ${pinned}). If you bumped SCORING_MODEL_VERSION on purpose, regenerate the snapshot: ${REGENERATE}` }];
  }
  if (entry.seed !== current.seed || entry.trials !== current.trials) {
    return [{ kind: 'regenerate', message: `The snapshot was made with other settings (seed ${entry.seed}, ${entry.trials} trials); regenerate it: ${REGENERATE}` }];
  }
  if (entry.lossModelVersion !== current.lossModelVersion) {
    return [{ kind: 'bump', message: `The loss model changed (${entry.lossModelVersion} -> ${current.lossModelVersion}) but SCORING_MODEL_VERSION is still ${version}: ${BUMP}` }];
  }
  const problems: TProblem[] = [];
  for (const [name, now] of Object.entries(current.fixtures)) {
    const before = entry.fixtures[name];
    if (!before || before.answersDigest !== now.answersDigest || before.questionnaireVersion !== now.questionnaireVersion) {
      problems.push({ kind: 'regenerate', message: `Fixture ${name} is new or its answers changed; regenerate the snapshot (no version bump needed): ${REGENERATE}` });
      continue;
    }
    const changes = describeChanges(before, now);
    if (changes.length > 0) {
      problems.push({ kind: 'bump', message: `Scoring results of fixture ${name} changed but SCORING_MODEL_VERSION is still ${version}:\n  ${changes.join('\n  ')}\n${BUMP}` });
    }
  }
  for (const name of Object.keys(entry.fixtures)) {
    if (!(name in current.fixtures)) problems.push({ kind: 'regenerate', message: `Fixture ${name} was removed; regenerate the snapshot: ${REGENERATE}` });
  }
  return problems;
}

/**
 * The snapshot with `current` pinned for `version` (older versions are dropped: their code is gone).
 * Refuses to change numbers already pinned for `version` unless `replace` (an unreleased version).
 */
function regenerateSnapshot(snapshot: TSnapshotFile | null, version: string, current: TVersionEntry, replace: boolean): { ok: true; snapshot: TSnapshotFile } | { ok: false; problems: TProblem[] } {
  const blocking = checkSnapshot(snapshot, version, current).filter((problem) => problem.kind === 'bump');
  if (blocking.length > 0 && !replace) return { ok: false, problems: blocking };
  return { ok: true, snapshot: { $comment: COMMENT, versions: { [version]: current } } };
}

function formatProblems(problems: readonly TProblem[]): string {
  return problems.map((problem) => problem.message).join('\n\n');
}

describe('reproducibility of the golden fixtures', () => {
  test(`every fixture reproduces the numbers pinned for ${SCORING_MODEL_VERSION}`, () => {
    const current = scoreFixtures();
    const snapshot = readSnapshot();
    const mode = process.env.UPDATE_SCORING_SNAPSHOT;
    if (mode) {
      const outcome = regenerateSnapshot(snapshot, SCORING_MODEL_VERSION, current, mode === 'replace');
      if (!outcome.ok) throw new Error(`Refusing to regenerate:\n${formatProblems(outcome.problems)}`);
      mkdirSync(SNAPSHOT_DIRECTORY, { recursive: true });
      writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(outcome.snapshot, null, 2)}\n`);
      return;
    }
    const problems = checkSnapshot(snapshot, SCORING_MODEL_VERSION, current);
    if (problems.length > 0) throw new Error(formatProblems(problems));
  });

  test('scoring the fixtures twice gives the same numbers', () => {
    expect(scoreFixtures()).toEqual(scoreFixtures());
  });
});

describe('the snapshot check', () => {
  const pinned: TPinned = {
    questionnaireVersion: 'idp-exposure@1',
    answersDigest: 'answers-1',
    resultDigest: 'result-1',
    score: 91.2,
    grade: 'A',
    uncappedGrade: 'A',
    sections: { authentication: 95, logging_detection: 88.5 },
    masterKeyExposure: 12.4,
    claimsReadiness: 90,
    insurability: 'accept',
    limitBand: 'limit_5m_to_10m',
    retentionBand: 'retention_10k_to_25k',
    premiumEur: 15_000,
    layerExpectedLossEur: 9_000,
    expectedAnnualLossEur: 41_000,
    annualisedLossExpectancy: 40_000,
    p50: 0,
    p90: 90_000,
    p99: 1_200_000,
  };
  const entry = (fixture: Partial<TPinned> = {}, settings: Partial<TVersionEntry> = {}): TVersionEntry => ({
    lossModelVersion: 'signet-loss@1.0.0',
    seed: SEED,
    trials: TRIALS,
    fixtures: { 'hardened-enterprise': { ...pinned, ...fixture } },
    ...settings,
  });
  const file = (version: string, value: TVersionEntry): TSnapshotFile => ({ $comment: COMMENT, versions: { [version]: value } });

  test('unchanged numbers pass', () => {
    expect(checkSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', entry())).toEqual([]);
  });

  test.each<[string, Partial<TPinned>]>([
    ['the score', { score: 91.3 }],
    ['a section score', { sections: { authentication: 94, logging_detection: 88.5 } }],
    ['the premium', { premiumEur: 15_001 }],
    ['the p90 loss', { p90: 91_000 }],
    ['anything else in the result', { resultDigest: 'result-2' }],
  ])('a change of %s without a version bump fails with "bump SCORING_MODEL_VERSION"', (_name, change) => {
    const problems = checkSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', entry(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'bump' });
    expect(problems[0]!.message).toContain('bump SCORING_MODEL_VERSION');
    expect(regenerateSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', entry(change), false).ok).toBe(false);
  });

  test('a changed loss model without a version bump fails too', () => {
    const problems = checkSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', entry({}, { lossModelVersion: 'signet-loss@1.1.0' }));
    expect(problems.map((problem) => problem.kind)).toEqual(['bump']);
  });

  test('a version bump plus a regenerated snapshot passes', () => {
    const changed = entry({ score: 88, premiumEur: 16_500 });
    const bumpedOnly = checkSnapshot(file('m@1.0.0', entry()), 'm@1.1.0', changed);
    expect(bumpedOnly.map((problem) => problem.kind)).toEqual(['regenerate']);
    expect(bumpedOnly[0]!.message).toContain(REGENERATE);
    const regenerated = regenerateSnapshot(file('m@1.0.0', entry()), 'm@1.1.0', changed, false);
    if (!regenerated.ok) throw new Error(formatProblems(regenerated.problems));
    expect(Object.keys(regenerated.snapshot.versions)).toEqual(['m@1.1.0']);
    expect(checkSnapshot(regenerated.snapshot, 'm@1.1.0', changed)).toEqual([]);
  });

  test('a new or edited fixture only needs a regenerated snapshot', () => {
    const edited = entry({ answersDigest: 'answers-2', score: 70 });
    expect(checkSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', edited).map((problem) => problem.kind)).toEqual(['regenerate']);
    expect(regenerateSnapshot(file('m@1.0.0', entry()), 'm@1.0.0', edited, false).ok).toBe(true);
  });

  test('replace overwrites the numbers of an unreleased version on request', () => {
    expect(regenerateSnapshot(file('m@1.1.0', entry()), 'm@1.1.0', entry({ score: 80 }), true).ok).toBe(true);
  });

  test('digests ignore key order and last-bit float noise', () => {
    expect(digest({ b: 1, a: [0.1 + 0.2] })).toBe(digest({ a: [0.3], b: 1 }));
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
  });
});
