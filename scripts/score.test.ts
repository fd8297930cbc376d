// Spawns the real CLI (node --import tsx scripts/score.ts …), as a user or a batch job would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, test } from 'vitest';
import { SCORING_MODEL_VERSION } from '../lib/scoring/version';

const root = fileURLToPath(new URL('..', import.meta.url));
const workDirectory = mkdtempSync(join(tmpdir(), 'signet-score-cli-'));
const TIMEOUT = 120_000;

function fixtureAnswers(name: string): Record<string, unknown> {
  const fixture = JSON.parse(readFileSync(join(root, 'lib/scoring/fixtures', `${name}.json`), 'utf8')) as { answers: Record<string, unknown> };
  return fixture.answers;
}

function writeInput(name: string, content: string): string {
  const path = join(workDirectory, name);
  writeFileSync(path, content);
  return path;
}

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
}

type TProblem = { index?: number; questionId: string; code: string; message: string };

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

describe('scripts/score.ts', () => {
  test('--questionnaire prints the question bank as JSON', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = runCli('--questionnaire');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const bank = JSON.parse(stdout) as { version: string; sections: unknown[]; questions: Array<{ id: string; type: string; visibleWhen?: unknown; options?: unknown[] }> };
    expect(bank.version).toBe('idp-exposure@2');
    expect(bank.sections.length).toBeGreaterThanOrEqual(8);
    expect(bank.questions.find((question) => question.id === 'dep_ad_connection')?.visibleWhen).toEqual({ q: 'dep_idps', includes: 'entra_id' });
    expect(bank.questions.find((question) => question.id === 'priv_jit')).toMatchObject({ type: 'single', required: true, critical: true });
  });

  test('--questionnaire --locale de adds German texts', { timeout: TIMEOUT }, () => {
    const { status, stdout } = runCli('--questionnaire', '--locale', 'de');
    expect(status).toBe(0);
    const bank = JSON.parse(stdout) as { questions: Array<{ id: string; text: string; help: string }> };
    expect(bank.questions.find((question) => question.id === 'log_retention')?.text).toBe('Wie lange werden Identitäts- und Mail-Audit-Protokolle aufbewahrt?');
  });

  test('scores one answers file (the current questionnaire version by default)', { timeout: TIMEOUT }, () => {
    const file = writeInput('storm.json', JSON.stringify(fixtureAnswers('storm-0558-some-mailboxes-unwatched')));
    const { status, stdout, stderr } = runCli(file, '--trials', '500', '--seed', '42');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { modelVersion: string; questionnaireVersion: string; lossSeed: number; risk: { grade: string }; loss: { trials: number } };
    expect(result.modelVersion).toBe(SCORING_MODEL_VERSION);
    expect(result.questionnaireVersion).toBe('idp-exposure@2');
    expect(['D', 'E']).toContain(result.risk.grade);
    expect(result.lossSeed).toBe(42);
    expect(result.loss.trials).toBe(500);
  });

  test('scores an array of answer sets, with texts (a UTF-8 byte-order mark is ignored)', { timeout: TIMEOUT }, () => {
    const file = writeInput('batch.json', `\uFEFF${JSON.stringify([fixtureAnswers('hardened-enterprise'), fixtureAnswers('okta-saas-company')])}`);
    const { status, stdout } = runCli(file, '--no-loss', '--locale', 'en', '--questionnaire-version', 'idp-exposure@1');
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as Array<{ risk: { grade: string }; texts: { grade: { label: string } }; loss: unknown }>;
    expect(results.map((result) => result.risk.grade)).toEqual(['A', 'A']);
    expect(results[0]?.texts.grade.label).toBe('A – strong');
    expect(results[0]?.loss).toBeNull();
  });

  test('--preview scores partial answers', { timeout: TIMEOUT }, () => {
    const file = writeInput('partial.json', JSON.stringify({ dep_idps: ['entra_id'], auth_mfa_coverage: 70 }));
    const { status, stdout } = runCli(file, '--preview', '--no-loss');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { mode: string; completeness: { ratio: number } };
    expect(result.mode).toBe('preview');
    expect(result.completeness.ratio).toBeLessThan(1);
  });

  test('invalid JSON: exit 2 and a JSON problem list, no stack trace', { timeout: TIMEOUT }, () => {
    const file = writeInput('broken.json', '{ "dep_idps": [');
    const { status, stdout, stderr } = runCli(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const problems = JSON.parse(stderr) as TProblem[];
    expect(problems).toEqual([expect.objectContaining({ questionId: '', code: 'invalid_json' })]);
    expectNoStackTrace(stderr);
  });

  test('invalid answers: exit 2 and every problem, with the array index', { timeout: TIMEOUT }, () => {
    const valid = fixtureAnswers('hardened-enterprise');
    const file = writeInput('invalid.json', JSON.stringify([valid, { ...valid, priv_jit: 'maybe', auth_mfa_coverage: 120, not_a_question: true }]));
    const { status, stdout, stderr } = runCli(file, '--questionnaire-version', 'idp-exposure@1');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const problems = JSON.parse(stderr) as TProblem[];
    expect(problems.map((problem) => [problem.index, problem.questionId, problem.code])).toEqual([
      [1, 'auth_mfa_coverage', 'too_big'],
      [1, 'priv_jit', 'unknown_option'],
      [1, 'not_a_question', 'unknown_question'],
    ]);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
    expectNoStackTrace(stderr);
  });

  test('hostile values: exit 2 with short problems, never an internal error', { timeout: TIMEOUT }, () => {
    // Written as text: JSON.stringify cannot build these (depth, 1e400).
    const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const text = `[
      {"bp_employees": ${deepArray(20_000)}},
      ${deepArray(5_000)},
      1e400,
      {"auth_mfa_coverage": 1e400, "bp_employees": 1e308, "ir_last_exercise": "within_6_months",
       "ir_last_exercise_date": "${'x'.repeat(5_000_000)}"}
    ]`;
    const { status, stdout, stderr } = runCli(writeInput('hostile.json', text), '--preview', '--no-loss');
    expect(stderr).not.toContain('internal error');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.length).toBeLessThan(3000);
    const problems = JSON.parse(stderr) as TProblem[];
    expect(problems.map((problem) => [problem.index, problem.questionId, problem.code])).toEqual([
      [0, 'bp_employees', 'invalid_type'],
      [1, '', 'invalid_answers'],
      [2, '', 'invalid_answers'],
      [3, 'auth_mfa_coverage', 'invalid_type'],
      [3, 'ir_last_exercise_date', 'invalid_date'],
      [3, 'bp_employees', 'too_big'],
    ]);
    expect(problems[2]?.message).toContain('Infinity, which is not a finite number');
    expect(problems[3]?.message).toContain('Infinity, which is not a finite number');
    expect(problems[5]?.message).toBe('bp_employees must be at most 1000000 (got 1e+308).');
    expectNoStackTrace(stderr);
  });

  test('missing required answers in a single object: exit 2 without index', { timeout: TIMEOUT }, () => {
    const file = writeInput('incomplete.json', JSON.stringify({ dep_idps: ['okta'] }));
    const { status, stderr } = runCli(file);
    expect(status).toBe(2);
    const problems = JSON.parse(stderr) as TProblem[];
    expect(problems.length).toBeGreaterThan(30);
    expect(problems.every((problem) => problem.index === undefined && problem.code === 'required')).toBe(true);
  });

  test('unreadable file and bad arguments: exit 2 with a JSON list', { timeout: TIMEOUT }, () => {
    const missing = runCli(join(workDirectory, 'does-not-exist.json'));
    expect(missing.status).toBe(2);
    expect((JSON.parse(missing.stderr) as TProblem[])[0]?.code).toBe('unreadable_file');
    const badArguments = runCli('--trials', 'many', '--locale', 'fr');
    expect(badArguments.status).toBe(2);
    expect((JSON.parse(badArguments.stderr) as TProblem[]).map((problem) => problem.code)).toEqual(['invalid_argument', 'invalid_argument', 'invalid_argument']);
    expectNoStackTrace(badArguments.stderr);
    // --questionnaire with a FILE (or scoring options) is a conflict, not a silently ignored FILE.
    const conflicting = runCli('--questionnaire', join(workDirectory, 'answers.json'), '--seed', '1');
    expect(conflicting.status).toBe(2);
    expect(conflicting.stdout).toBe('');
    expect((JSON.parse(conflicting.stderr) as TProblem[]).map((problem) => [problem.code, problem.message.split(' ')[0]])).toEqual([
      ['invalid_argument', '--questionnaire'],
      ['invalid_argument', '--seed'],
    ]);
    expect((JSON.parse(conflicting.stderr) as TProblem[])[1]?.message).toBe('--seed applies only when scoring a FILE, not with --questionnaire.');
  });

  test('--no-loss with --seed or --trials is a conflict: exit 2, nothing scored', { timeout: TIMEOUT }, () => {
    const file = writeInput('no-loss.json', JSON.stringify(fixtureAnswers('hardened-enterprise')));
    const both = runCli(file, '--no-loss', '--seed', '5', '--trials', '10');
    expect(both.status).toBe(2);
    expect(both.stdout).toBe('');
    expect(JSON.parse(both.stderr) as TProblem[]).toEqual([
      { questionId: '', code: 'invalid_argument', message: '--seed, --trials set up the loss estimate, which --no-loss switches off; give one or the other.' },
    ]);
    const trialsOnly = runCli(file, '--trials', '10', '--no-loss');
    expect(trialsOnly.status).toBe(2);
    expect((JSON.parse(trialsOnly.stderr) as TProblem[]).map((problem) => problem.message.split(' ')[0])).toEqual(['--trials']);
    expectNoStackTrace(trialsOnly.stderr);
  });
});
