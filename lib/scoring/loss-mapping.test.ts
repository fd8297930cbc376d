import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';
import { LOSS_MODEL_VERSION, computeExpectedAnnualLoss, seedFromString, simulateAnnualLoss, validateLossModelInput } from '@/lib/scoring/loss';

import { createAnswerView } from './answers';
import { evaluateRisk } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { LOSS_SCENARIOS, computeDefaultLossSeed, computeExpectedLossOfRisk, mapAnswersToLossInput, readLossContext } from './loss-mapping';
import { SCORING_MODEL_VERSION } from './version';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
const viewOf = (answers: TAnswers) => createAnswerView(questionnaire, answers);
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function map(answers: TAnswers, patch: Record<string, TAnswerValue> = {}) {
  const merged = { ...answers, ...patch };
  const mapped = mapAnswersToLossInput(evaluateRisk(createAnswerView(questionnaire, merged)));
  if (!mapped) throw new Error('expected a mapping');
  return mapped;
}

function scenario(answers: TAnswers, id: string, patch: Record<string, TAnswerValue> = {}) {
  const found = map(answers, patch).input.scenarios.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('loss mapping', () => {
  test('produces one valid scenario per modelled loss scenario', () => {
    for (const answers of [HARDENED, STORM]) {
      const { input, mapping } = map(answers);
      expect(input.scenarios.map((entry) => entry.id)).toEqual(LOSS_SCENARIOS.map((entry) => entry.id));
      expect(mapping.map((entry) => entry.id)).toEqual(LOSS_SCENARIOS.map((entry) => entry.id));
      expect(validateLossModelInput(input)).toEqual([]);
      for (const entry of input.scenarios) {
        expect(entry.annualFrequency.min).toBeLessThanOrEqual(entry.annualFrequency.mode);
        expect(entry.annualFrequency.mode).toBeLessThanOrEqual(entry.annualFrequency.max);
        expect(entry.magnitude.p05).toBeLessThan(entry.magnitude.p95);
        expect(entry.magnitudeCap).toBeGreaterThan(entry.magnitude.p95);
      }
    }
  });

  test('weaker controls raise the frequency of the token-forgery scenario', () => {
    expect(scenario(STORM, 'idp_token_forgery').annualFrequency.mode).toBeGreaterThan(scenario(HARDENED, 'idp_token_forgery').annualFrequency.mode);
  });

  test('weaker authentication raises account-takeover frequency', () => {
    const weak = scenario(HARDENED, 'account_takeover_bec', { auth_mfa_coverage: 60, auth_legacy_blocked: 'no', auth_phishing_resistant_share: 0 });
    expect(weak.annualFrequency.mode).toBeGreaterThan(scenario(HARDENED, 'account_takeover_bec').annualFrequency.mode);
  });

  test('more records and more sensitive data raise the token-forgery magnitude', () => {
    const base = scenario(HARDENED, 'idp_token_forgery').magnitude.p95;
    expect(scenario(HARDENED, 'idp_token_forgery', { bp_records_band: 'over_1m' }).magnitude.p95).toBeGreaterThan(base);
    expect(scenario(HARDENED, 'idp_token_forgery', { mail_sensitive_data: ['special_category_data', 'payment_card_data'] }).magnitude.p95).toBeGreaterThan(base);
  });

  test('revenue scales business-interruption and fraud magnitudes', () => {
    const small = scenario(HARDENED, 'idp_outage_interruption', { bp_revenue_band: 'under_2m' }).magnitude.p95;
    const large = scenario(HARDENED, 'idp_outage_interruption', { bp_revenue_band: 'over_500m' }).magnitude.p95;
    expect(large).toBeGreaterThan(100 * small);
  });

  test('prior incidents, targeted industries and public-sector customers raise frequencies', () => {
    const base = scenario(HARDENED, 'privileged_tenant_compromise').annualFrequency.mode;
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_prior_incidents: 2 }).annualFrequency.mode).toBeCloseTo(base * 1.5, 9);
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_industry: 'public_sector' }).annualFrequency.mode).toBeGreaterThan(base);
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_public_sector_customers: 'yes' }).annualFrequency.mode).toBeCloseTo(base * 1.3, 9);
  });

  test('the outage frequency is provider-driven; the fallback posture scales its magnitude', () => {
    const withFallback = scenario(HARDENED, 'idp_outage_interruption');
    const withoutFallback = scenario(HARDENED, 'idp_outage_interruption', { dep_outage_fallback: 'no' });
    expect(withoutFallback.annualFrequency).toEqual(withFallback.annualFrequency);
    expect(withoutFallback.magnitude.p95).toBeGreaterThan(withFallback.magnitude.p95);
  });

  test('returns null until revenue, employees, records and industry are known', () => {
    const partial = { ...HARDENED } as Record<string, TAnswerValue>;
    delete partial.bp_employees;
    expect(mapAnswersToLossInput(evaluateRisk(createAnswerView(questionnaire, partial)))).toBeNull();
  });
});

describe('default loss seed: common random numbers per business profile', () => {
  test('is the same for every answer outside the business profile, and for either questionnaire version', () => {
    const seed = computeDefaultLossSeed(viewOf(STORM));
    expect(computeDefaultLossSeed(viewOf({ ...STORM, priv_jit: 'yes', log_siem: 'all', mail_collab_services: ['teams'] }))).toBe(seed);
    expect(computeDefaultLossSeed(viewOf(HARDENED))).not.toBe(seed);
    const profile = Object.fromEntries(Object.entries(STORM).filter(([id]) => id.startsWith('bp_')));
    expect(computeDefaultLossSeed(viewOf(profile))).toBe(seed);
    expect(computeDefaultLossSeed(createAnswerView(getQuestionnaire('idp-exposure@2')!, profile))).toBe(seed);
  });

  test('changes with the business profile and with the model versions', () => {
    expect(computeDefaultLossSeed(viewOf({ ...STORM, bp_employees: 251 }))).not.toBe(computeDefaultLossSeed(viewOf(STORM)));
    const profile = ['bp_industry', 'bp_country', 'bp_revenue_band', 'bp_employees', 'bp_records_band', 'bp_public_sector_customers', 'bp_nis2_scope', 'bp_prior_incidents', 'bp_requested_limit'].map(
      (id) => (STORM as Record<string, unknown>)[id] ?? null,
    );
    expect(computeDefaultLossSeed(viewOf(STORM))).toBe(seedFromString(`${SCORING_MODEL_VERSION}|${LOSS_MODEL_VERSION}|${JSON.stringify(profile)}`));
  });

  test('is an unsigned 32-bit integer', () => {
    const seed = computeDefaultLossSeed(viewOf(STORM));
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThanOrEqual(0xffffffff);
  });
});

describe('what keeps the simulated loss monotone (common random numbers)', () => {
  const complete = arbitraryAnswers(getQuestionnaire('idp-exposure@2')!, { completeness: 'complete' });

  test('property: the spread of each magnitude, its cap and the shape of each frequency depend on the business profile only', () => {
    fc.assert(
      fc.property(complete, complete, (answers, other) => {
        const profile = Object.fromEntries(Object.entries(answers).filter(([id]) => id.startsWith('bp_')));
        const otherControls = Object.fromEntries(Object.entries(other).filter(([id]) => !id.startsWith('bp_')));
        const a = mapAnswersToLossInput(evaluateRisk(createAnswerView(getQuestionnaire('idp-exposure@2')!, answers)));
        const b = mapAnswersToLossInput(evaluateRisk(createAnswerView(getQuestionnaire('idp-exposure@2')!, { ...otherControls, ...profile })));
        if (!a || !b) return;
        a.input.scenarios.forEach((scenario, index) => {
          const twin = b.input.scenarios[index]!;
          expect(scenario.magnitude.p95 / scenario.magnitude.p05).toBeCloseTo(twin.magnitude.p95 / twin.magnitude.p05, 9);
          expect(scenario.magnitudeCap).toBe(twin.magnitudeCap);
          const shape = ({ min, mode, max }: { min: number; mode: number; max: number }) => [min / mode, max / mode];
          expect(shape(scenario.annualFrequency)[0]).toBeCloseTo(shape(twin.annualFrequency)[0]!, 12);
          expect(shape(scenario.annualFrequency)[1]).toBeCloseTo(shape(twin.annualFrequency)[1]!, 12);
        });
      }),
      { numRuns: 100, seed: 72 },
    );
  });

  test('frequency grows with the number of identities (users), less than in proportion, up to 50,000', () => {
    const mode = (employees: number) => scenario(HARDENED, 'account_takeover_bec', { bp_employees: employees }).annualFrequency.mode;
    expect(mode(2_500)).toBeGreaterThan(mode(250));
    expect(mode(2_500) / mode(250)).toBeCloseTo(10 ** 0.4, 5);
    expect(mode(1_000_000)).toBe(mode(50_000));
    // Revenue alone does not move the frequency.
    expect(scenario(HARDENED, 'account_takeover_bec', { bp_revenue_band: 'over_500m' }).annualFrequency.mode).toBe(mode(HARDENED.bp_employees as number));
  });

  test('"don\'t know" on sensitive data counts as the most sensitive data', () => {
    const magnitude = (data: string[]) => scenario(HARDENED, 'idp_token_forgery', { mail_sensitive_data: data }).magnitude.p95;
    const most = magnitude(['special_category_data', 'payment_card_data', 'privileged_legal', 'credentials_secrets']);
    expect(magnitude(['dont_know'])).toBe(most);
    expect(magnitude(['none'])).toBeLessThan(most);
  });

  test('the closed-form expected loss is what the simulation estimates', () => {
    const mapped = map(STORM);
    const simulated = simulateAnnualLoss(mapped.input, { trials: 100_000, seed: 3 }).annualisedLossExpectancy;
    expect(Math.abs(simulated / computeExpectedAnnualLoss(mapped.input) - 1)).toBeLessThan(0.05);
  });
});

describe('computeExpectedLossOfRisk', () => {
  test('property: equals the closed form of the mapped input, with or without a warm cache', () => {
    const v2 = getQuestionnaire('idp-exposure@2')!;
    const context = readLossContext(evaluateRisk(createAnswerView(v2, HARDENED)))!;
    fc.assert(
      fc.property(arbitraryAnswers(v2, { completeness: 'complete' }), (answers) => {
        const risk = evaluateRisk(createAnswerView(v2, { ...answers, ...Object.fromEntries(Object.entries(HARDENED).filter(([id]) => id.startsWith('bp_') || id === 'mail_sensitive_data')) }));
        const expected = Math.round(computeExpectedAnnualLoss(mapAnswersToLossInput(risk)!.input));
        expect(computeExpectedLossOfRisk(risk)).toBe(expected);
        expect(computeExpectedLossOfRisk(risk, context)).toBe(expected);
        expect(computeExpectedLossOfRisk(risk, context)).toBe(expected);
      }),
      { numRuns: 100, seed: 73 },
    );
  });
});

describe('the ASCII fast path of the default seed', () => {
  test('equals seedFromString of the same text, for ASCII and for other text', () => {
    for (const industry of ['manufacturing', 'Zürich – 東京', 'say "hi"']) {
      const answers = { ...STORM, bp_industry: industry } as TAnswers;
      const profile = ['bp_industry', 'bp_country', 'bp_revenue_band', 'bp_employees', 'bp_records_band', 'bp_public_sector_customers', 'bp_nis2_scope', 'bp_prior_incidents', 'bp_requested_limit'].map(
        (id) => (answers as Record<string, unknown>)[id] ?? null,
      );
      expect(computeDefaultLossSeed(viewOf(answers))).toBe(seedFromString(`${SCORING_MODEL_VERSION}|${LOSS_MODEL_VERSION}|${JSON.stringify(profile)}`));
    }
  });
});
