import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';

import { createAnswerView } from './answers';
import { addMonths } from './dates';
import { evaluateRisk } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import small from './fixtures/small-google-workspace-firm.json';
import storm from './fixtures/storm-0558-victim.json';
import { buildInsuranceIndication } from './insurance-indication';
import type { TIndicationOptions } from './insurance-indication';
import { lookupMessage } from './localize';
import { buildMonitoringPlan } from './monitoring';
import { buildPremium } from './premium';
import {
  BASE_RATE_EUR,
  INCREASED_LIMIT_FACTORS,
  INDUSTRY_FACTORS,
  LIMIT_BANDS,
  RATING_INPUT_QUESTION_IDS,
  RECORDS_FACTORS,
  RETENTION_BANDS,
  RETENTION_CREDITS,
} from './rating-tables';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
const CRITICAL_IDS = questionnaire.questions.filter((question) => question.critical).map((question) => question.id);
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function evaluate(answers: TAnswers) {
  return evaluateRisk(createAnswerView(questionnaire, answers));
}

function indicate(answers: TAnswers, patch: Record<string, TAnswerValue> = {}, lossP99: number | null = null, options: TIndicationOptions = {}) {
  const merged = { ...answers, ...patch };
  return buildInsuranceIndication(evaluate(merged), lossP99, options);
}

function without(answers: TAnswers, ...questionIds: string[]): TAnswers {
  const copy = { ...answers } as Record<string, TAnswerValue>;
  for (const questionId of questionIds) delete copy[questionId];
  return copy;
}

function reasonIds(answers: TAnswers, patch: Record<string, TAnswerValue> = {}): string[] {
  return indicate(answers, patch).reasons.map((reason) => reason.id);
}

describe('insurability', () => {
  test('a hardened mid-size firm is within appetite', () => {
    expect(indicate(HARDENED)).toMatchObject({ insurability: 'accept', reasons: [] });
  });

  test.each<[string, Record<string, TAnswerValue>, string]>([
    ['revenue above EUR 100 million', { bp_revenue_band: 'from_100m_to_500m' }, 'revenue_over_100m'],
    ['prior incidents in 36 months', { bp_prior_incidents: 1 }, 'prior_incidents_36m'],
    ['requested limit of EUR 5 million or more', { bp_requested_limit: 'from_5m_to_10m' }, 'requested_limit_5m_or_more'],
    ['sensitive sector', { bp_industry: 'healthcare' }, 'sensitive_sector'],
    ['more than 500k records', { bp_records_band: 'over_1m' }, 'records_over_500k'],
    ['a knock-out finding', { priv_jit: 'no' }, 'critical_findings'],
    ['"don\'t know" on a knock-out item', { log_retention: 'dont_know' }, 'critical_item_unknown'],
  ])('refers on %s', (_name, patch, reason) => {
    const result = indicate(HARDENED, patch);
    expect(result.insurability).toBe('refer');
    expect(result.reasons.map((entry) => entry.id)).toContain(reason);
  });

  test('declines when MFA is largely absent', () => {
    const result = indicate(HARDENED, { auth_mfa_coverage: 40 });
    expect(result.insurability).toBe('decline');
    expect(result.reasons).toContainEqual({ id: 'mfa_largely_absent', outcome: 'decline' });
  });

  test('declines grade E with several knock-outs and lists the referral reasons too', () => {
    const ids = reasonIds(STORM);
    expect(indicate(STORM).insurability).toBe('decline');
    expect(ids).toEqual(expect.arrayContaining(['grade_e_with_knock_outs', 'critical_findings', 'master_key_exposure_severe']));
  });
});

describe('limit, retention and premium', () => {
  test.each<[string, string]>([
    ['under_2m', 'limit_up_to_1m'],
    ['from_10m_to_50m', 'limit_2m_to_5m'],
    ['over_500m', 'limit_25m_to_50m'],
  ])('revenue %s suggests %s', (revenue, band) => {
    expect(indicate(HARDENED, { bp_revenue_band: revenue }).suggestedLimit?.id).toBe(band);
  });

  test('a requested limit of EUR 1–3 m is priced at the band that covers it (EUR 2–5 m)', () => {
    const indication = indicate(HARDENED, { bp_revenue_band: 'under_2m', bp_requested_limit: 'from_1m_to_3m' });
    expect(indication.suggestedLimit).toMatchObject({ id: 'limit_2m_to_5m', basis: ['bp_revenue_band', 'bp_requested_limit'] });
    expect(indication.premium?.factors).toContainEqual({ id: 'increased_limit', input: 'limit_2m_to_5m', factor: INCREASED_LIMIT_FACTORS.limit_2m_to_5m });
  });

  test.each<[string, number]>([
    ['up_to_1m', 1_000_000],
    ['from_1m_to_3m', 3_000_000],
    ['from_3m_to_5m', 5_000_000],
    ['from_5m_to_10m', 10_000_000],
    ['over_10m', 10_000_001],
  ])('the suggested limit covers a requested %s for every revenue band', (requested, topEur) => {
    for (const revenue of Object.keys(BASE_RATE_EUR)) {
      const limit = indicate(HARDENED, { bp_revenue_band: revenue, bp_requested_limit: requested }).suggestedLimit!;
      expect(limit.maxEur, `${revenue}: ${limit.id}`).toBeGreaterThanOrEqual(topEur);
    }
  });

  test('many records and a higher requested limit raise the suggested limit', () => {
    expect(indicate(HARDENED, { bp_records_band: 'over_1m' }).suggestedLimit).toMatchObject({ id: 'limit_10m_to_25m', basis: ['bp_revenue_band', 'bp_records_band'] });
    expect(indicate(HARDENED, { bp_revenue_band: 'under_2m', bp_requested_limit: 'from_3m_to_5m' }).suggestedLimit).toMatchObject({
      id: 'limit_2m_to_5m',
      basis: ['bp_revenue_band', 'bp_requested_limit'],
    });
  });

  test('the limit is compared with the simulated 1-in-100 loss', () => {
    expect(indicate(HARDENED, {}, 12_000_000).limitCoversLossP99).toBe(false);
    expect(indicate(HARDENED, {}, 1_000).limitCoversLossP99).toBe(true);
    expect(indicate(HARDENED).limitCoversLossP99).toBeNull();
  });

  test('a weak grade raises the retention by one band', () => {
    const good = indicate(HARDENED, { bp_revenue_band: 'from_10m_to_50m' }).retention!;
    const weak = indicate(STORM, { bp_revenue_band: 'from_10m_to_50m' }).retention!;
    expect(good.id).toBe('retention_5k_to_10k');
    expect(weak.id).toBe('retention_10k_to_25k');
  });

  test('the raised retention of grade D/E is a condition and earns no credit: the premium is priced at the standard retention', () => {
    const weak = indicate(STORM, { bp_revenue_band: 'from_10m_to_50m' });
    expect(['D', 'E']).toContain(evaluate(STORM).grade);
    expect(weak.retention?.id).toBe('retention_10k_to_25k');
    expect(weak.premium?.retentionBandId).toBe('retention_5k_to_10k');
    expect(weak.premium?.factors).toContainEqual({ id: 'retention_credit', input: 'retention_5k_to_10k', factor: RETENTION_CREDITS.retention_5k_to_10k });
    expect(weak.subjectivities.map((entry) => entry.id)).toContain('subj_higher_retention');
    const good = indicate(HARDENED, { bp_revenue_band: 'from_10m_to_50m' });
    expect(good.premium?.retentionBandId).toBe(good.retention?.id);
    expect(good.subjectivities.map((entry) => entry.id)).not.toContain('subj_higher_retention');
  });

  test('the reviewer\'s case: blocking legacy authentication fully (D -> C) no longer raises the premium', () => {
    const google = small.answers as TAnswers;
    const before = indicate(google, { auth_legacy_blocked: 'with_exceptions' });
    const after = indicate(google, { auth_legacy_blocked: 'fully' });
    expect(evaluate({ ...google, auth_legacy_blocked: 'with_exceptions' }).grade).toBe('D');
    expect(evaluate({ ...google, auth_legacy_blocked: 'fully' }).grade).toBe('C');
    expect(after.premium!.amountEur).toBeLessThanOrEqual(before.premium!.amountEur);
  });

  test('the premium is the base rate times the product of the listed factors, in whole EUR', () => {
    const premium = indicate(STORM).premium!;
    expect(premium.isIndication).toBe(true);
    expect(premium.currency).toBe('EUR');
    expect(premium.baseRateEur).toBe(BASE_RATE_EUR.from_10m_to_50m);
    const product = premium.factors.reduce((total, factor) => total * factor.factor, 1);
    expect(premium.amountEur).toBe(Math.round(premium.baseRateEur * product));
    expect(Number.isInteger(premium.amountEur)).toBe(true);
    expect(premium.rangeEur.low).toBeLessThan(premium.amountEur);
    expect(premium.rangeEur.high).toBeGreaterThan(premium.amountEur);
    expect(premium.factors.find((factor) => factor.id === 'industry')).toEqual({
      id: 'industry',
      questionId: 'bp_industry',
      input: 'technology_saas',
      factor: INDUSTRY_FACTORS.technology_saas,
    });
  });

  test('weaker sections and more exposure make the premium higher', () => {
    const strong = indicate(HARDENED).premium!.amountEur;
    const weak = indicate(HARDENED, { log_mail_access_events: 'none', log_siem: 'none', priv_jit: 'no' }).premium!.amountEur;
    expect(weak).toBeGreaterThan(strong);
  });

  test('"don\'t know" records are treated like the largest band: price, referral and limit', () => {
    expect(RECORDS_FACTORS.dont_know).toBe(RECORDS_FACTORS.over_1m);
    expect(RECORDS_FACTORS.dont_know).toBe(Math.max(...Object.values(RECORDS_FACTORS)));
    const unknown = indicate(HARDENED, { bp_records_band: 'dont_know' });
    const largest = indicate(HARDENED, { bp_records_band: 'over_1m' });
    expect(unknown.reasons.map((reason) => reason.id)).toContain('records_over_500k');
    expect(unknown.insurability).toBe('refer');
    expect(unknown.suggestedLimit).toEqual(largest.suggestedLimit);
    expect(unknown.premium!.amountEur).toBe(largest.premium!.amountEur);
    for (const band of ['under_10k', 'from_10k_to_100k', 'from_100k_to_500k', 'from_500k_to_1m']) {
      expect(unknown.premium!.amountEur, band).toBeGreaterThanOrEqual(indicate(HARDENED, { bp_records_band: band }).premium!.amountEur);
    }
  });

  test('no premium without revenue band and industry', () => {
    const answers = { ...HARDENED } as Record<string, TAnswerValue>;
    delete answers.bp_revenue_band;
    expect(indicate(answers).premium).toBeNull();
    expect(indicate(answers).suggestedLimit).toBeNull();
  });
});

describe('provisional indication while answers are missing', () => {
  // The reviewer's case: three answers in the live preview gave "accept" and a premium.
  const SPARSE: TAnswers = { auth_mfa_coverage: 100, bp_revenue_band: 'under_2m', bp_industry: 'other_industry' };

  test('a complete answer set gives a final indication', () => {
    const indication = indicate(HARDENED);
    expect(indication.provisional).toBe(false);
    expect(indication.insurability).toBe('accept');
    expect(indication.reasons.map((reason) => reason.id)).not.toContain('incomplete_answers');
  });

  test('pending answers make it provisional: refer with incomplete_answers, never accept, no premium', () => {
    const indication = indicate(HARDENED, {}, null, { pendingQuestionIds: ['ir_idp_playbook'] });
    expect(indication).toMatchObject({ provisional: true, insurability: 'refer', pendingQuestionIds: ['ir_idp_playbook'] });
    expect(indication.reasons[0]).toEqual({ id: 'incomplete_answers', outcome: 'refer' });
    // Even with a complete business profile: unanswered sections would count as neutral.
    expect(indication.premium).toBeNull();
    // Limit and retention depend on the business profile only and are still shown.
    expect(indication.suggestedLimit).toEqual(indicate(HARDENED).suggestedLimit);
  });

  test('property: a provisional indication never shows a premium, and its pending list is never empty', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'partial' }), fc.array(fc.constantFrom(...questionnaire.questions.map((question) => question.id)), { maxLength: 3 }), (answers, pending) => {
        const indication = indicate(answers, {}, null, { pendingQuestionIds: pending });
        expect(indication.provisional).toBe(pending.length > 0 || RATING_INPUT_QUESTION_IDS.some((questionId) => answers[questionId] === undefined));
        if (indication.provisional) {
          expect(indication.premium).toBeNull();
          expect(indication.pendingQuestionIds.length).toBeGreaterThan(0);
        } else expect(indication.premium).not.toBeNull();
      }),
      { numRuns: 200, seed: 304 },
    );
  });

  test('no premium figure until the business profile needed for rating is complete', () => {
    const indication = indicate(SPARSE);
    expect(indication.provisional).toBe(true);
    expect(indication.insurability).toBe('refer');
    expect(indication.premium).toBeNull();
    if (indication.provisional) expect(indication.pendingQuestionIds).toEqual(['bp_records_band', 'bp_public_sector_customers', 'bp_prior_incidents']);
  });

  test.each(RATING_INPUT_QUESTION_IDS)('without %s there is no premium and the indication is provisional', (questionId) => {
    const indication = indicate(without(HARDENED, questionId));
    expect(indication.premium).toBeNull();
    expect(indication.provisional).toBe(true);
    expect(indication.insurability).not.toBe('accept');
  });

  test('a decline the given answers already trigger stands while provisional', () => {
    const indication = indicate(HARDENED, { auth_mfa_coverage: 40 }, null, { pendingQuestionIds: ['ir_idp_playbook'] });
    expect(indication).toMatchObject({ provisional: true, insurability: 'decline' });
    expect(indication.reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(['incomplete_answers', 'mfa_largely_absent']));
  });

  test('the reason has an English and a German text', () => {
    for (const catalog of [enScoring, deScoring]) {
      expect(lookupMessage(catalog, 'insurability.reasons.incomplete_answers')).not.toBe('insurability.reasons.incomplete_answers');
    }
  });
});

describe('limit and retention in the premium', () => {
  const complete = arbitraryAnswers(questionnaire, { completeness: 'complete' });
  const limitIndex = fc.integer({ min: 0, max: LIMIT_BANDS.length - 1 });
  const retentionIndex = fc.integer({ min: 0, max: RETENTION_BANDS.length - 1 });

  function price(answers: TAnswers, limit: number, retention: number): number {
    const risk = evaluate(answers);
    const premium = buildPremium(risk, {
      limitBandId: LIMIT_BANDS[limit]!.id,
      retentionBandId: RETENTION_BANDS[retention]!.id,
    });
    if (!premium) throw new Error('complete answers must be priced');
    return premium.amountEur;
  }

  test('a higher requested limit costs more (EUR 5–10 m vs 10–25 m for the hardened profile)', () => {
    const lower = indicate(HARDENED, { bp_requested_limit: 'from_5m_to_10m' });
    const higher = indicate(HARDENED, { bp_requested_limit: 'over_10m' });
    expect(lower.suggestedLimit?.id).toBe('limit_5m_to_10m');
    expect(higher.suggestedLimit?.id).toBe('limit_10m_to_25m');
    expect(higher.premium!.amountEur).toBeGreaterThan(lower.premium!.amountEur);
  });

  test('the factor table lists the limit and retention factors with their bands', () => {
    const { premium, suggestedLimit, retention } = indicate(HARDENED);
    expect(premium).toMatchObject({ limitBandId: suggestedLimit!.id, retentionBandId: retention!.id, baseRateBasis: { baseLimitEur: 1_000_000, baseRetentionEur: 2_500 } });
    expect(premium!.factors).toEqual(
      expect.arrayContaining([
        { id: 'increased_limit', input: 'limit_5m_to_10m', factor: INCREASED_LIMIT_FACTORS.limit_5m_to_10m },
        { id: 'retention_credit', input: 'retention_10k_to_25k', factor: RETENTION_CREDITS.retention_10k_to_25k },
      ]),
    );
    for (const factor of premium!.factors) {
      for (const catalog of [enScoring, deScoring]) expect(lookupMessage(catalog, `ratingFactors.${factor.id}`), factor.id).not.toBe(`ratingFactors.${factor.id}`);
    }
  });

  test('increased-limit factors: 1 at the EUR 1 m base, rising with the limit but less than proportionally', () => {
    expect(INCREASED_LIMIT_FACTORS.limit_up_to_1m).toBe(1);
    expect(Object.values(INCREASED_LIMIT_FACTORS)).toEqual([1, 1.46, 2.42, 3.55, 5.87, 8.6]);
    LIMIT_BANDS.forEach((band, index) => {
      if (index === 0) return;
      const previous = LIMIT_BANDS[index - 1]!;
      expect(INCREASED_LIMIT_FACTORS[band.id]).toBeGreaterThan(INCREASED_LIMIT_FACTORS[previous.id]);
      expect(INCREASED_LIMIT_FACTORS[band.id] / INCREASED_LIMIT_FACTORS[previous.id]).toBeLessThan(band.maxEur / previous.maxEur);
    });
  });

  test('retention credits: 1 at the EUR 2,500 base, falling as the retention rises', () => {
    const credits = RETENTION_BANDS.map((band) => RETENTION_CREDITS[band.id]);
    expect(credits[0]).toBe(1);
    credits.forEach((credit, index) => {
      if (index > 0) expect(credit).toBeLessThan(credits[index - 1]!);
      expect(credit).toBeGreaterThan(0);
    });
  });

  test('property: a higher limit never lowers the premium', () => {
    fc.assert(
      fc.property(complete, limitIndex, limitIndex, retentionIndex, (answers, a, b, retention) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(price(answers, high, retention)).toBeGreaterThanOrEqual(price(answers, low, retention));
      }),
      { numRuns: 150, seed: 301 },
    );
  });

  test('property: a higher retention never raises the premium', () => {
    fc.assert(
      fc.property(complete, limitIndex, retentionIndex, retentionIndex, (answers, limit, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(price(answers, limit, high)).toBeLessThanOrEqual(price(answers, limit, low));
      }),
      { numRuns: 150, seed: 302 },
    );
  });

  test('property: asking for a higher limit never lowers the indicated premium', () => {
    const requested = questionnaire.questions.find((question) => question.id === 'bp_requested_limit');
    const options = requested && 'options' in requested ? requested.options.map((option) => option.id) : [];
    expect(options.length).toBeGreaterThan(1);
    fc.assert(
      fc.property(complete, fc.integer({ min: 0, max: options.length - 2 }), (answers, index) => {
        const lower = indicate(answers, { bp_requested_limit: options[index]! }).premium!.amountEur;
        const higher = indicate(answers, { bp_requested_limit: options[index + 1]! }).premium!.amountEur;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
      { numRuns: 150, seed: 303 },
    );
  });
});

describe('subjectivities and accumulation', () => {
  test('each knock-out finding becomes a condition before binding', () => {
    const ids = indicate(STORM).subjectivities.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['subj_issuer_validation', 'subj_mail_access_auditing', 'subj_idp_playbook', 'subj_master_key_remediation_plan', 'subj_baseline_report']));
    expect(indicate(HARDENED).subjectivities).toEqual([]);
  });

  test('large risks need a signed full application; prior incidents need details', () => {
    const ids = indicate(HARDENED, { bp_revenue_band: 'over_500m', bp_prior_incidents: 2 }).subjectivities.map((entry) => entry.id);
    expect(ids).toEqual(['subj_signed_full_application', 'subj_prior_incident_details']);
  });

  test('providers are tagged for accumulation studies', () => {
    expect(indicate(HARDENED).accumulationTags).toEqual(['microsoft_entra_id', 'microsoft_exchange_online']);
    expect(indicate(HARDENED, { dep_idps: ['okta', 'google_workspace'], dep_mail_platform: 'google_workspace' }).accumulationTags).toEqual(['google_workspace', 'okta']);
  });
});

describe('monitoring plan', () => {
  test.each<[TAnswers, number]>([
    [HARDENED, 12],
    [STORM, 3],
  ])('reassessment interval by grade', (answers, months) => {
    const core = evaluate(answers);
    expect(buildMonitoringPlan(core).intervalMonths).toBe(months);
  });

  test('re-verifies the questions behind findings and every critical answer', () => {
    const core = evaluate(STORM);
    const plan = buildMonitoringPlan(core);
    expect(plan.reverifyQuestionIds).toEqual(expect.arrayContaining(['tok_issuer_validation', 'log_mail_access_events', ...CRITICAL_IDS]));
    const hardenedPlan = buildMonitoringPlan(evaluate(HARDENED));
    expect(hardenedPlan.reverifyQuestionIds).toEqual(CRITICAL_IDS.filter((id) => HARDENED[id] !== undefined));
  });

  test('schedules the next exercise twelve months after the last one', () => {
    const plan = buildMonitoringPlan(evaluate(HARDENED));
    expect(plan.dueDates).toEqual([{ id: 'next_tabletop_exercise', date: '2026-03-14', basedOnQuestionId: 'ir_last_exercise_date' }]);
  });

  test.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-11-15', 3, '2024-02-15'],
    ['2024-12-31', 12, '2025-12-31'],
  ])('addMonths(%s, %d) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
