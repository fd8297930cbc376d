// Golden profiles: realistic answer sets with the outcome an underwriter would expect. The lead may
// reuse lib/scoring/fixtures/*.json to seed demo data, so every fixture must stay valid and final.
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { scoreAssessment } from './score-assessment';
import type { TGrade, TInsurability } from './types';

type TFixture = {
  name: string;
  description: string;
  /** idp-exposure@1 when absent (the fixtures made before @2; the demo seed reuses them). */
  questionnaireVersion?: string;
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
    const outcome = scoreAssessment({ questionnaireVersion: fixture.questionnaireVersion ?? 'idp-exposure@1', answers: fixture.answers }, { loss: { trials: 2_000 } });
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

describe('golden profiles of signet-scoring@2.0.0 (idp-exposure@2)', () => {
  function fixture(file: string): TFixture {
    const found = fixtures.find(([name]) => name === file)?.[1];
    if (!found) throw new Error(file);
    return found;
  }

  function scoreFixture(answers: Record<string, unknown>, version = 'idp-exposure@2') {
    const outcome = scoreAssessment({ questionnaireVersion: version, answers }, { loss: false });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    return outcome.result;
  }

  test('a self-run signer with a stale software key is a knock-out and a referral; logging cuts its exposure by less than half', () => {
    const { answers } = fixture('golden-saml-stale-signing-key.json');
    const watched = scoreFixture(answers);
    expect(watched.risk.findings).toContainEqual(expect.objectContaining({ id: 'signing_key_forgeable', severity: 'critical' }));
    expect(watched.protection.insurance.insurability).toBe('refer');
    expect(watched.protection.insurance.subjectivities.map((entry) => entry.id)).toContain('subj_signing_key_hardening');
    // The same organisation without its logging: forged tokens it cannot see are severe (Golden SAML floor).
    const blind = scoreFixture({ ...answers, log_mail_access_events: 'none', log_siem: 'none', log_mail_anomaly_detection: 'nobody', log_token_anomaly_alerts: 'no', log_retention: 'days_90' });
    expect(blind.risk.masterKeyExposure.level).toBe('severe');
    expect(blind.risk.masterKeyExposure.drivers.map((driver) => driver.id)).toContain('golden_saml_pattern');
    expect(watched.risk.masterKeyExposure.score).toBeGreaterThan(blind.risk.masterKeyExposure.score / 2);
    // Without the floor, the formula alone: full detection takes at most 30 % off the forgery path.
    const blindButSeen = scoreFixture({ ...answers, log_mail_access_events: 'none', log_retention: 'days_90', log_token_anomaly_alerts: 'no' });
    expect(watched.risk.masterKeyExposure.score).toBeGreaterThan(blindButSeen.risk.masterKeyExposure.score / 2);
  });

  test('a victim logging some mailboxes with nobody watching lands in the top band', () => {
    const { answers } = fixture('storm-0558-some-mailboxes-unwatched.json');
    const result = scoreFixture(answers);
    expect(result.risk.masterKeyExposure.level).toBe('severe');
    expect(result.risk.masterKeyExposure.drivers.map((driver) => driver.id)).toContain('storm_pattern');
    expect(result.risk.gradeCap?.grade).toBe('D');
    // Watching the mail access around the clock lifts the floor (the formula decides again).
    const watched = scoreFixture({ ...answers, log_mail_anomaly_detection: 'around_the_clock' });
    expect(watched.risk.masterKeyExposure.drivers.map((driver) => driver.id)).not.toContain('storm_pattern');
  });

  test('a mid-size firm without SIEM and mail monitoring is accepted with conditions that have due dates', () => {
    const result = scoreFixture(fixture('midsize-accepted-with-conditions.json').answers);
    const { insurance } = result.protection;
    expect(insurance.insurability).toBe('accept_with_conditions');
    expect(insurance.reasons).toEqual([]);
    const conditions = insurance.subjectivities.filter((entry) => entry.dueDays !== null);
    expect(conditions).toEqual([
      { id: 'subj_remediate_high_finding', findingIds: ['siem_forwarding_missing'], controlId: 'ctrl_siem_forwarding', dueDays: 60 },
      { id: 'subj_remediate_high_finding', findingIds: ['mail_anomaly_unmonitored'], controlId: 'ctrl_mail_anomaly_monitoring', dueDays: 90 },
    ]);
    // It asked for EUR 1–3 million and is priced at EUR 3 million; the suggestion is shown beside it.
    expect(insurance.premium).toMatchObject({ limitEur: 3_000_000, limitBasis: 'requested', limitBandId: 'limit_2m_to_5m' });
  });

  describe('the consistency set: one business profile, grades A to E', () => {
    const set = ['a', 'b', 'c', 'd', 'e'].map((grade) => fixture(`consistency-grade-${grade}.json`));
    const results = set.map((entry) => scoreFixture(entry.answers));

    test('shares one business profile and covers every grade', () => {
      const profile = (answers: Record<string, unknown>) => JSON.stringify(Object.entries(answers).filter(([id]) => id.startsWith('bp_')));
      for (const entry of set) expect(profile(entry.answers)).toBe(profile(set[0]!.answers));
      expect(results.map((result) => result.risk.grade)).toEqual(['A', 'B', 'C', 'D', 'E']);
    });

    test('premium and layer loss rise together from A to E; premium / layer loss stays in one band', () => {
      const premiums = results.map((result) => result.protection.insurance.premium!);
      for (let index = 1; index < premiums.length; index++) {
        expect(premiums[index]!.amountEur).toBeGreaterThan(premiums[index - 1]!.amountEur);
        expect(premiums[index]!.layerExpectedLossEur).toBeGreaterThan(premiums[index - 1]!.layerExpectedLossEur);
      }
      const ratios = premiums.map((premium) => premium.amountEur / premium.layerExpectedLossEur);
      for (const ratio of ratios) {
        expect(ratio).toBeGreaterThanOrEqual(1 / 0.6 - 0.001);
        expect(ratio).toBeLessThanOrEqual(1.3 / 0.6 + 0.001);
      }
      // The 1.x premium rose about 2 times from A to E while the expected loss rose almost 5 times.
      const premiumGrowth = premiums[4]!.amountEur / premiums[0]!.amountEur;
      const lossGrowth = premiums[4]!.layerExpectedLossEur / premiums[0]!.layerExpectedLossEur;
      expect(premiumGrowth / lossGrowth).toBeGreaterThan(0.95);
    });
  });
});
