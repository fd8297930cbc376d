// Rating tables of the insurance indication: limit and retention bands, base rates and rating
// factors. Numbers only; the premium (premium.ts) and the policy terms (policy-terms.ts) read them.
// Changing any number here changes results: bump SCORING_MODEL_VERSION.
import { roundTo } from './math';
import type { TLimitBandId, TMoneyBand, TRetentionBandId } from './types';

/** The limit and retention the base rate is quoted for; other bands are priced by the factors below. */
export const BASE_LIMIT_EUR = 1_000_000;
export const BASE_RETENTION_EUR = 2_500;

/**
 * EUR per year by revenue band for the base limit (EUR 1 m) and base retention (EUR 2,500), before all
 * factors. Chosen so that each revenue band at its usual limit and retention costs what it did before
 * limit and retention were rated separately (e.g. EUR 50–100 m: 6,000 × 3.55 × 0.85 ≈ 18,100).
 */
export const BASE_RATE_EUR: Readonly<Record<string, number>> = {
  under_2m: 1_500,
  from_2m_to_10m: 2_500,
  from_10m_to_50m: 4_100,
  from_50m_to_100m: 6_000,
  from_100m_to_500m: 8_500,
  over_500m: 14_000,
};

export const INDUSTRY_FACTORS: Readonly<Record<string, number>> = {
  financial_services: 1.3,
  healthcare: 1.4,
  public_sector: 1.25,
  manufacturing: 1.15,
  retail_ecommerce: 1.2,
  professional_services: 1.1,
  technology_saas: 1.15,
  education: 1.2,
  energy_utilities: 1.3,
  other_industry: 1,
};

/** "Don't know" is priced like the largest band: an unknown record count is no reason for a lower price. */
export const RECORDS_FACTORS: Readonly<Record<string, number>> = {
  under_10k: 0.9,
  from_10k_to_100k: 1,
  from_100k_to_500k: 1.1,
  from_500k_to_1m: 1.25,
  over_1m: 1.4,
  dont_know: 1.4,
};

/**
 * Record bands treated as more than 500,000 records: referral (records_over_500k) and one limit band
 * higher. "Don't know" counts as more, like its price.
 */
export const RECORDS_OVER_500K_ANSWERS: readonly string[] = ['from_500k_to_1m', 'over_1m', 'dont_know'];

/** Section modifier: 1 + weight × (PIVOT − score) / 100, i.e. credit above 65 points, surcharge below. */
export const SECTION_MODIFIER_PIVOT = 65;
/** Master-key modifier: 1 + 0.3 × exposure / 100. */
export const MASTER_KEY_MODIFIER_SLOPE = 0.3;
/** Loss-history modifier: 1 + 0.15 per prior incident, counting at most 4. */
export const PRIOR_INCIDENT_STEP = 0.15;
export const PRIOR_INCIDENT_CAP = 4;
/** Targeting modifier for suppliers to the public sector (espionage campaigns such as Storm-0558). */
export const PUBLIC_SECTOR_CUSTOMERS_FACTOR = 1.05;
/** Width of the indicated range around the premium. */
export const PREMIUM_RANGE = 0.15;

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
 * Increased-limit factors (ILF): ILF = (limit / BASE_LIMIT_EUR)^ILF_EXPONENT at the top of each limit
 * band, rounded to two decimals. Sub-linear because most losses are small: doubling the limit costs
 * about 46 % more, not 100 %.
 */
export const ILF_EXPONENT = 0.55;
export const INCREASED_LIMIT_FACTORS = Object.fromEntries(
  LIMIT_BANDS.map((band) => [band.id, roundTo((band.maxEur / BASE_LIMIT_EUR) ** ILF_EXPONENT, 2)]),
) as Readonly<Record<TLimitBandId, number>>;

/**
 * Retention (deductible) credits relative to the base retention of EUR 2,500: the more of each loss
 * the insured carries, the lower the premium, with diminishing returns.
 */
export const RETENTION_CREDITS: Readonly<Record<TRetentionBandId, number>> = {
  retention_1k_to_2_5k: 1,
  retention_2_5k_to_5k: 0.95,
  retention_5k_to_10k: 0.9,
  retention_10k_to_25k: 0.85,
  retention_25k_to_50k: 0.8,
  retention_50k_to_100k: 0.75,
  retention_100k_to_250k: 0.7,
};

/** Business-profile answers the premium is rated on; until all are answered there is no premium figure. */
export const RATING_INPUT_QUESTION_IDS = ['bp_industry', 'bp_revenue_band', 'bp_records_band', 'bp_public_sector_customers', 'bp_prior_incidents'] as const;

export const REVENUE_BAND_INDEX: Readonly<Record<string, number>> = {
  under_2m: 0,
  from_2m_to_10m: 1,
  from_10m_to_50m: 2,
  from_50m_to_100m: 3,
  from_100m_to_500m: 4,
  over_500m: 5,
};

/** The index in LIMIT_BANDS of the smallest band that covers the whole requested limit. */
export const REQUESTED_LIMIT_BAND: Readonly<Record<string, number>> = {
  up_to_1m: 0,
  from_1m_to_3m: 2,
  from_3m_to_5m: 2,
  from_5m_to_10m: 3,
  over_10m: 4,
};
