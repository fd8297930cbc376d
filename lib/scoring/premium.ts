// The premium indication: base rate by revenue band times transparent rating factors, priced for a
// given limit and retention. An indication for underwriting conversations, not a quote.
import type { AnswerView } from './answers';
import type { TRiskEvaluation } from './evaluate-risk';
import { roundTo } from './math';
import {
  BASE_LIMIT_EUR,
  BASE_RATE_EUR,
  BASE_RETENTION_EUR,
  INCREASED_LIMIT_FACTORS,
  INDUSTRY_FACTORS,
  MASTER_KEY_MODIFIER_SLOPE,
  PREMIUM_RANGE,
  PRIOR_INCIDENT_CAP,
  PRIOR_INCIDENT_STEP,
  PUBLIC_SECTOR_CUSTOMERS_FACTOR,
  RATING_INPUT_QUESTION_IDS,
  RECORDS_FACTORS,
  RETENTION_CREDITS,
  SECTION_MODIFIER_PIVOT,
} from './rating-tables';
import type { TLimitBandId, TPremiumIndication, TRatingFactor, TRetentionBandId } from './types';

/** The rating inputs (RATING_INPUT_QUESTION_IDS) that are not answered, in definition order. */
export function listMissingRatingInputs(answers: AnswerView): string[] {
  return RATING_INPUT_QUESTION_IDS.filter((questionId) => answers.get(questionId) === undefined);
}

/** The limit and retention a premium is priced for. */
export type TPricingTerms = { limitBandId: TLimitBandId; retentionBandId: TRetentionBandId };

/**
 * The premium indication for the given limit and retention bands, or null while a rating input is
 * missing. round(base rate × Π factors) in whole EUR; every factor is listed with its input.
 */
export function buildPremium(risk: TRiskEvaluation, terms: TPricingTerms): TPremiumIndication | null {
  const answers = risk.view;
  if (listMissingRatingInputs(answers).length > 0) return null;
  const revenue = answers.string('bp_revenue_band');
  const industry = answers.string('bp_industry');
  const records = answers.string('bp_records_band');
  const incidents = answers.number('bp_prior_incidents');
  const publicSector = answers.string('bp_public_sector_customers');
  if (revenue === undefined || industry === undefined || records === undefined || incidents === undefined || publicSector === undefined) return null;
  const baseRateEur = BASE_RATE_EUR[revenue] ?? 0;
  const factors: TRatingFactor[] = [
    { id: 'industry', questionId: 'bp_industry', input: industry, factor: INDUSTRY_FACTORS[industry] ?? 1 },
    { id: 'records', questionId: 'bp_records_band', input: records, factor: RECORDS_FACTORS[records] ?? 1 },
    { id: 'increased_limit', input: terms.limitBandId, factor: INCREASED_LIMIT_FACTORS[terms.limitBandId] },
    { id: 'retention_credit', input: terms.retentionBandId, factor: RETENTION_CREDITS[terms.retentionBandId] },
  ];
  for (const section of risk.sections) {
    if (section.weight === 0 || section.score === null) continue;
    const factor = roundTo(1 + (section.weight * (SECTION_MODIFIER_PIVOT - section.score)) / 100, 3);
    factors.push({ id: `section_${section.sectionId}`, sectionId: section.sectionId, input: section.score, factor });
  }
  factors.push({
    id: 'master_key_exposure',
    input: risk.masterKeyExposure.score,
    factor: roundTo(1 + (MASTER_KEY_MODIFIER_SLOPE * risk.masterKeyExposure.score) / 100, 3),
  });
  factors.push({
    id: 'prior_incidents',
    questionId: 'bp_prior_incidents',
    input: incidents,
    factor: roundTo(1 + PRIOR_INCIDENT_STEP * Math.min(incidents, PRIOR_INCIDENT_CAP), 3),
  });
  factors.push({
    id: 'public_sector_customers',
    questionId: 'bp_public_sector_customers',
    input: publicSector,
    factor: publicSector === 'yes' ? PUBLIC_SECTOR_CUSTOMERS_FACTOR : 1,
  });
  const product = factors.reduce((total, entry) => total * entry.factor, 1);
  const amountEur = Math.round(baseRateEur * product);
  return {
    isIndication: true,
    currency: 'EUR',
    amountEur,
    rangeEur: { low: Math.round(amountEur * (1 - PREMIUM_RANGE)), high: Math.round(amountEur * (1 + PREMIUM_RANGE)) },
    baseRateEur,
    baseRateBasis: { questionId: 'bp_revenue_band', input: revenue, baseLimitEur: BASE_LIMIT_EUR, baseRetentionEur: BASE_RETENTION_EUR },
    limitBandId: terms.limitBandId,
    retentionBandId: terms.retentionBandId,
    factors,
  };
}
