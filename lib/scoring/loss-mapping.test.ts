import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';
import { LOSS_MODEL_VERSION, seedFromString, validateLossModelInput } from '@/lib/scoring/loss';

import { createAnswerView } from './answers';
import { evaluateRisk } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { LOSS_SCENARIOS, canonicaliseAnswers, computeDefaultLossSeed, mapAnswersToLossInput } from './loss-mapping';
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
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_prior_incidents: 2 }).annualFrequency.mode).toBeCloseTo(base * 1.5, 5);
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_industry: 'public_sector' }).annualFrequency.mode).toBeGreaterThan(base);
    expect(scenario(HARDENED, 'privileged_tenant_compromise', { bp_public_sector_customers: 'yes' }).annualFrequency.mode).toBeCloseTo(base * 1.3, 5);
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

describe('default loss seed', () => {
  test('is stable for the same answers regardless of key and selection order', () => {
    const reordered = Object.fromEntries(Object.entries(STORM).reverse()) as TAnswers;
    const reorderedSelection = { ...STORM, mail_collab_services: ['teams', 'sharepoint_onedrive'] };
    expect(computeDefaultLossSeed(viewOf(reordered))).toBe(computeDefaultLossSeed(viewOf(STORM)));
    expect(computeDefaultLossSeed(viewOf(reorderedSelection))).toBe(computeDefaultLossSeed(viewOf(STORM)));
    expect(canonicaliseAnswers(viewOf(reorderedSelection))).toBe(canonicaliseAnswers(viewOf(STORM)));
  });

  test('changes when an answer changes', () => {
    expect(computeDefaultLossSeed(viewOf({ ...STORM, bp_employees: 251 }))).not.toBe(computeDefaultLossSeed(viewOf(STORM)));
  });

  test('is seedFromString of the versions and the canonical answers (the hash is computed without building the text)', () => {
    const expected = (answers: TAnswers): number =>
      seedFromString(`${SCORING_MODEL_VERSION}|${LOSS_MODEL_VERSION}|${questionnaire.version}|${canonicaliseAnswers(viewOf(answers))}`);
    for (const answers of [STORM, HARDENED, {}]) expect(computeDefaultLossSeed(viewOf(answers))).toBe(expected(answers));
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'partial' }), (answers) => {
        expect(computeDefaultLossSeed(viewOf(answers))).toBe(expected(answers));
      }),
      { numRuns: 200, seed: 71 },
    );
    // Text the fast path hashes differently or hands back: escapes, non-ASCII, odd numbers and lists.
    const unusual: TAnswers[] = [
      { bp_industry: 'say "hi"\\ \n\t' },
      { bp_industry: 'back\\slash', bp_country: 'tab\there' },
      { bp_industry: 'Zürich – 東京' },
      { bp_industry: '\ud800 lone surrogate', bp_employees: -0 },
      { bp_employees: 1e21, auth_mfa_coverage: 0.1 + 0.2, dep_sso_share: -5.5e-7 },
      { dep_idps: ['unknown_idp', 'okta', 'entra_id', 'also_unknown'] },
      { dep_idps: ['okta', 'Ökosystem'] },
      { dep_idps: [] },
      { dep_idps: [1, 'okta'] as unknown as string[] },
      { dep_idps: true as unknown as string },
    ];
    for (const answers of unusual) expect(computeDefaultLossSeed(viewOf(answers)), JSON.stringify(answers)).toBe(expected(answers));
  });

  test('is an unsigned 32-bit integer', () => {
    const seed = computeDefaultLossSeed(viewOf(STORM));
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThanOrEqual(0xffffffff);
  });
});
