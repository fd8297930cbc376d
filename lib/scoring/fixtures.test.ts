// Golden profiles: realistic answer sets with the outcome an underwriter would expect. The lead may
// reuse lib/scoring/fixtures/*.json to seed demo data, so every fixture must stay valid and final.
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { scoreAssessment } from './score-assessment';
import type { TGrade, TInsurability } from './types';

type TFixture = {
  name: string;
  description: string;
  answers: Record<string, unknown>;
  expect: { grade: TGrade | TGrade[]; findings: string[]; insurability: TInsurability };
};

const directory = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as TFixture] as const);

describe('golden profiles', () => {
  test('there are at least five, each with a name and description', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const [file, fixture] of fixtures) {
      expect(fixture.name.trim(), file).toBeTruthy();
      expect(fixture.description.trim(), file).toBeTruthy();
    }
  });

  test.each(fixtures)('%s', (_file, fixture) => {
    const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@1', answers: fixture.answers }, { loss: { trials: 2_000 } });
    if (!outcome.ok) throw new Error(`${fixture.name}: ${JSON.stringify(outcome.issues)}`);
    const { risk, protection } = outcome.result;
    const allowed = Array.isArray(fixture.expect.grade) ? fixture.expect.grade : [fixture.expect.grade];
    expect(allowed, `${fixture.name}: grade ${risk.grade} (score ${risk.score})`).toContain(risk.grade);
    expect(risk.findings.map((finding) => finding.id)).toEqual(expect.arrayContaining(fixture.expect.findings));
    if (fixture.expect.findings.length === 0) expect(risk.findings.filter((finding) => finding.severity === 'critical')).toEqual([]);
    expect(protection.insurance.insurability).toBe(fixture.expect.insurability);
    expect(outcome.result.completeness.ratio).toBe(1);
  });

  test('the Storm-0558-like victim gets D or E with the master-key finding', () => {
    const storm = fixtures.find(([file]) => file === 'storm-0558-victim.json')?.[1];
    expect(storm?.expect.findings).toContain('master_key_exposure');
    expect(storm?.expect.grade).toEqual(['D', 'E']);
  });

  test('a minimal Storm-0558-like victim (hardened + three facts) gets D or E with the master-key finding', () => {
    const minimal = fixtures.find(([file]) => file === 'storm-0558-minimal.json')?.[1];
    const hardened = fixtures.find(([file]) => file === 'hardened-enterprise.json')?.[1];
    expect(minimal?.expect.findings).toContain('master_key_exposure');
    expect(minimal?.expect.grade).toEqual(['D', 'E']);
    // It differs from the hardened profile only in the Storm-0558 facts.
    const changed = Object.keys({ ...hardened!.answers, ...minimal!.answers }).filter(
      (id) => JSON.stringify(hardened!.answers[id]) !== JSON.stringify(minimal!.answers[id]),
    );
    expect(changed.sort()).toEqual(['log_mail_access_events', 'tok_account_types', 'tok_issuer_validation', 'tok_own_signin_apps']);
    const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@1', answers: minimal!.answers }, { loss: false });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.result.risk.masterKeyExposure.level).toBe('severe');
    expect(outcome.result.risk.gradeCap?.grade).toBe('D');
  });

  test('the hardened organisation gets A', () => {
    expect(fixtures.find(([file]) => file === 'hardened-enterprise.json')?.[1].expect.grade).toBe('A');
  });
});
