import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';
import { computeExpectedLayerLoss } from '@/lib/scoring/loss';

import { createAnswerView } from './answers';
import { evaluateRisk } from './evaluate-risk';
import hardenedV2 from './fixtures/consistency-grade-a.json';
import gradeD from './fixtures/consistency-grade-d.json';
import { lookupMessage } from './localize';
import { mapAnswersToLossInput } from './loss-mapping';
import { buildPremium, countUnknownAnswers } from './premium';
import type { TPricingTerms } from './premium';
import { LIMIT_BANDS, PREMIUM_TO_LAYER_LOSS_BAND, RETENTION_BANDS, TARGET_LOSS_RATIO, UNCERTAINTY_LOADING_MAX } from './rating-tables';

const questionnaire = getQuestionnaire('idp-exposure@2')!;
const HARDENED = hardenedV2.answers as TAnswers;
const WEAK = gradeD.answers as TAnswers;
const TERMS: TPricingTerms = { limitEur: 5_000_000, limitBasis: 'requested', limitBandId: 'limit_2m_to_5m', retentionEur: 5_000, retentionBandId: 'retention_5k_to_10k' };

function price(answers: TAnswers, terms: TPricingTerms = TERMS, patch: Record<string, TAnswerValue> = {}) {
  const view = createAnswerView(questionnaire, { ...answers, ...patch });
  const mapped = mapAnswersToLossInput(evaluateRisk(view));
  if (!mapped) throw new Error('a complete business profile is priced');
  return { premium: buildPremium(mapped.input, view, terms), input: mapped.input };
}

describe('the premium is priced from the expected loss of the insured layer', () => {
  test('amount = layer loss / target loss ratio × (1 + uncertainty loading), in whole EUR', () => {
    const { premium, input } = price(HARDENED);
    const layerLoss = computeExpectedLayerLoss(input, { retentionPerEvent: 5_000, aggregateLimit: 5_000_000 });
    expect(premium.amountEur).toBe(Math.round(layerLoss / TARGET_LOSS_RATIO));
    expect(premium.layerExpectedLossEur).toBe(Math.round(layerLoss));
    expect(premium.factors).toEqual([
      { id: 'expense_and_capital_loading', input: 0.6, factor: 1.666667 },
      { id: 'uncertainty_loading', input: 0, factor: 1 },
    ]);
    expect(premium).toMatchObject({ isIndication: true, currency: 'EUR', limitEur: 5_000_000, retentionEur: 5_000 });
    expect(premium.rangeEur.low).toBeLessThan(premium.amountEur);
    expect(premium.rangeEur.high).toBeGreaterThan(premium.amountEur);
  });

  test('a weaker posture costs more in proportion to its expected layer loss (the band holds)', () => {
    const strong = price(HARDENED).premium;
    const weak = price(WEAK).premium;
    expect(weak.layerExpectedLossEur).toBeGreaterThan(2 * strong.layerExpectedLossEur);
    for (const premium of [strong, weak]) {
      expect(premium.premiumToLayerLossRatio).toBeGreaterThanOrEqual(PREMIUM_TO_LAYER_LOSS_BAND[0] - 0.001);
      expect(premium.premiumToLayerLossRatio).toBeLessThanOrEqual(PREMIUM_TO_LAYER_LOSS_BAND[1] + 0.001);
    }
  });

  test('each "don\'t know" adds 3 % for uncertainty, at most 30 %', () => {
    const unknowns = { app_user_registration: 'dont_know', priv_break_glass: 'dont_know' };
    const { premium } = price(HARDENED, TERMS, unknowns);
    expect(countUnknownAnswers(createAnswerView(questionnaire, { ...HARDENED, ...unknowns }))).toBe(2);
    expect(premium.factors[1]).toEqual({ id: 'uncertainty_loading', input: 2, factor: 1.06 });
    const many = Object.fromEntries(
      ['priv_break_glass', 'app_user_registration', 'mail_external_forwarding_blocked', 'mail_external_sharing', 'app_user_consent', 'app_privileged_review', 'tok_revocation', 'tok_app_credentials', 'auth_device_code_blocked', 'auth_risk_based_blocking', 'auth_managed_device_required', 'gov_baseline_assessment'].map((id) => [id, 'dont_know']),
    );
    expect(price(HARDENED, TERMS, many).premium.factors[1]!.factor).toBe(1 + UNCERTAINTY_LOADING_MAX);
  });

  test('every loading has an English and a German label', () => {
    for (const factor of price(HARDENED).premium.factors) {
      for (const catalog of [enScoring, deScoring]) expect(lookupMessage(catalog, `ratingFactors.${factor.id}`), factor.id).not.toBe(`ratingFactors.${factor.id}`);
    }
  });
});

describe('limit and retention in the premium', () => {
  const complete = arbitraryAnswers(questionnaire, { completeness: 'complete' });
  const limitIndex = fc.integer({ min: 0, max: LIMIT_BANDS.length - 1 });
  const retentionIndex = fc.integer({ min: 0, max: RETENTION_BANDS.length - 1 });

  function terms(limit: number, retention: number): TPricingTerms {
    const band = LIMIT_BANDS[limit]!;
    const retentionBand = RETENTION_BANDS[retention]!;
    return { limitEur: band.maxEur, limitBasis: 'suggested', limitBandId: band.id, retentionEur: retentionBand.minEur, retentionBandId: retentionBand.id };
  }

  test('property: a higher limit never lowers the premium', () => {
    fc.assert(
      fc.property(complete, limitIndex, limitIndex, retentionIndex, (answers, a, b, retention) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(price(answers, terms(high, retention)).premium.amountEur).toBeGreaterThanOrEqual(price(answers, terms(low, retention)).premium.amountEur);
      }),
      { numRuns: 100, seed: 301 },
    );
  });

  test('property: a higher retention never raises the premium', () => {
    fc.assert(
      fc.property(complete, limitIndex, retentionIndex, retentionIndex, (answers, limit, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(price(answers, terms(limit, high)).premium.amountEur).toBeLessThanOrEqual(price(answers, terms(limit, low)).premium.amountEur);
      }),
      { numRuns: 100, seed: 302 },
    );
  });
});
