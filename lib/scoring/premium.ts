// The premium indication, priced from the model's own loss distribution: the expected annual loss of
// the insured layer — each event's loss above the retention, up to the limit — in closed form (the
// same distributions the Monte Carlo samples; no noise, no seed), plus documented loadings:
//   premium = layer expected loss / target loss ratio × (1 + uncertainty loading)
// so premium / layer loss stays in PREMIUM_TO_LAYER_LOSS_BAND for every grade: a worse risk pays more
// because it is expected to lose more, in proportion. An indication for underwriting conversations,
// not a quote.
import { computeExpectedLayerLoss } from '@/lib/scoring/loss';
import type { TLossModelInput } from '@/lib/scoring/loss';

import type { AnswerView } from './answers';
import { roundTo } from './math';
import { PREMIUM_RANGE, RATING_INPUT_QUESTION_IDS, TARGET_LOSS_RATIO, UNCERTAINTY_LOADING_MAX, UNCERTAINTY_LOADING_PER_UNKNOWN } from './rating-tables';
import type { TLimitBandId, TPremiumIndication, TRatingFactor, TRetentionBandId } from './types';

/** The rating inputs (RATING_INPUT_QUESTION_IDS) that are not answered, in definition order. */
export function listMissingRatingInputs(answers: AnswerView): string[] {
  return RATING_INPUT_QUESTION_IDS.filter((questionId) => answers.get(questionId) === undefined);
}

/** How many answers are (or include) "don't know": each adds to the uncertainty loading. */
export function countUnknownAnswers(answers: AnswerView): number {
  let count = 0;
  for (const value of answers.values) if (value === 'dont_know' || (Array.isArray(value) && value.includes('dont_know'))) count++;
  return count;
}

/** What a premium is priced for. */
export type TPricingTerms = {
  limitEur: number;
  limitBasis: 'requested' | 'suggested';
  limitBandId: TLimitBandId;
  retentionEur: number;
  retentionBandId: TRetentionBandId;
};

/** The premium indication for the loss model input and terms (whole EUR); every loading is listed. */
export function buildPremium(lossInput: TLossModelInput, answers: AnswerView, terms: TPricingTerms): TPremiumIndication {
  const layerLoss = computeExpectedLayerLoss(lossInput, { retentionPerEvent: terms.retentionEur, aggregateLimit: terms.limitEur });
  const unknowns = countUnknownAnswers(answers);
  const factors: TRatingFactor[] = [
    { id: 'expense_and_capital_loading', input: TARGET_LOSS_RATIO, factor: roundTo(1 / TARGET_LOSS_RATIO, 6) },
    { id: 'uncertainty_loading', input: unknowns, factor: roundTo(1 + Math.min(UNCERTAINTY_LOADING_MAX, unknowns * UNCERTAINTY_LOADING_PER_UNKNOWN), 6) },
  ];
  const amountEur = Math.round((layerLoss / TARGET_LOSS_RATIO) * (1 + Math.min(UNCERTAINTY_LOADING_MAX, unknowns * UNCERTAINTY_LOADING_PER_UNKNOWN)));
  const layerExpectedLossEur = Math.round(layerLoss);
  return {
    isIndication: true,
    currency: 'EUR',
    amountEur,
    rangeEur: { low: Math.round(amountEur * (1 - PREMIUM_RANGE)), high: Math.round(amountEur * (1 + PREMIUM_RANGE)) },
    layerExpectedLossEur,
    premiumToLayerLossRatio: layerExpectedLossEur > 0 ? roundTo(amountEur / layerExpectedLossEur, 3) : 0,
    ...terms,
    factors,
  };
}
