// Rating tables of the insurance indication: limit and retention bands, the limit a request is priced
// at, and the loadings that turn the expected layer loss into a premium. Numbers only; the premium
// (premium.ts) and the policy terms (policy-terms.ts) read them. Changing any number here changes
// results: bump SCORING_MODEL_VERSION.
import type { TLimitBandId, TMoneyBand, TRetentionBandId } from './types';

export const LIMIT_BANDS = [
  { id: 'limit_up_to_1m', minEur: 500_000, maxEur: 1_000_000 },
  { id: 'limit_1m_to_2m', minEur: 1_000_000, maxEur: 2_000_000 },
  { id: 'limit_2m_to_5m', minEur: 2_000_000, maxEur: 5_000_000 },
  { id: 'limit_5m_to_10m', minEur: 5_000_000, maxEur: 10_000_000 },
  { id: 'limit_10m_to_25m', minEur: 10_000_000, maxEur: 25_000_000 },
  { id: 'limit_25m_to_50m', minEur: 25_000_000, maxEur: 50_000_000 },
] as const satisfies ReadonlyArray<TMoneyBand & { id: TLimitBandId }>;

export const RETENTION_BANDS = [
  { id: 'retention_1k_to_2_5k', minEur: 1_000, maxEur: 2_500 },
  { id: 'retention_2_5k_to_5k', minEur: 2_500, maxEur: 5_000 },
  { id: 'retention_5k_to_10k', minEur: 5_000, maxEur: 10_000 },
  { id: 'retention_10k_to_25k', minEur: 10_000, maxEur: 25_000 },
  { id: 'retention_25k_to_50k', minEur: 25_000, maxEur: 50_000 },
  { id: 'retention_50k_to_100k', minEur: 50_000, maxEur: 100_000 },
  { id: 'retention_100k_to_250k', minEur: 100_000, maxEur: 250_000 },
] as const satisfies ReadonlyArray<TMoneyBand & { id: TRetentionBandId }>;

/**
 * Business-profile answers the premium is priced on (the loss model's inputs); until all are
 * answered there is no premium figure.
 */
export const RATING_INPUT_QUESTION_IDS = ['bp_industry', 'bp_revenue_band', 'bp_employees', 'bp_records_band', 'bp_public_sector_customers', 'bp_prior_incidents'] as const;

/**
 * Record bands treated as more than 500,000 records: referral (records_over_500k) and one limit band
 * higher. "Don't know" counts as more.
 */
export const RECORDS_OVER_500K_ANSWERS: readonly string[] = ['from_500k_to_1m', 'over_1m', 'dont_know'];

export const REVENUE_BAND_INDEX: Readonly<Record<string, number>> = {
  under_2m: 0,
  from_2m_to_10m: 1,
  from_10m_to_50m: 2,
  from_50m_to_100m: 3,
  from_100m_to_500m: 4,
  over_500m: 5,
};

/** The index in LIMIT_BANDS of the smallest band that covers the whole requested limit (the suggestion never goes below it). */
export const REQUESTED_LIMIT_BAND: Readonly<Record<string, number>> = {
  up_to_1m: 0,
  from_1m_to_3m: 2,
  from_3m_to_5m: 2,
  from_5m_to_10m: 3,
  over_10m: 4,
};

/** The limit a request is priced at: the top of the requested range (over EUR 10 m: EUR 25 m, the top of its band). */
export const REQUESTED_LIMIT_EUR: Readonly<Record<string, number>> = {
  up_to_1m: 1_000_000,
  from_1m_to_3m: 3_000_000,
  from_3m_to_5m: 5_000_000,
  from_5m_to_10m: 10_000_000,
  over_10m: 25_000_000,
};

/**
 * Premium = expected layer loss / TARGET_LOSS_RATIO × (1 + uncertainty loading). A target loss ratio
 * of 60 % leaves 40 % of the premium for acquisition and administration costs, capital and profit:
 * the German cyber market ran a 58 % loss ratio and a 97 % combined ratio in 2023 (GDV), US standalone
 * cyber a 43 % loss ratio in 2022 after 68 % in 2021 (Fitch); see docs/scoring-model.md.
 */
export const TARGET_LOSS_RATIO = 0.6;
/** Each "don't know" answer adds this much loading for uncertainty, up to the maximum. */
export const UNCERTAINTY_LOADING_PER_UNKNOWN = 0.03;
export const UNCERTAINTY_LOADING_MAX = 0.3;
/** premium / expected layer loss always lies in this band: [1 / 0.6, 1.3 / 0.6]. */
export const PREMIUM_TO_LAYER_LOSS_BAND = [1 / TARGET_LOSS_RATIO, (1 + UNCERTAINTY_LOADING_MAX) / TARGET_LOSS_RATIO] as const;
/** Width of the indicated range around the premium. */
export const PREMIUM_RANGE = 0.15;
