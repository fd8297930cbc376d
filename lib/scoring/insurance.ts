// Stage 2 insurance indication: insurability (accept / refer / decline with reasons), suggested limit
// and retention (Selbstbehalt) bands, a premium INDICATION from transparent rating factors,
// subjectivities and the monitoring plan. This is triage support in the style of the published
// insurer rules (Coalition, At-Bay), not a quote: no actuarial pricing, nothing binding.
// While answers are missing (preview) the indication is PROVISIONAL: never 'accept', and no premium
// figure at all (unanswered sections would count as neutral and understate it).
import type { TAnswers } from '@/lib/questionnaire';

import type { TRiskCore } from './compute-risk-score';
import type {
  TGrade,
  TInsuranceIndication,
  TInsurabilityReason,
  TLimitBand,
  TMoneyBand,
  TMonitoringPlan,
  TPremiumIndication,
  TRatingFactor,
  TRetentionBand,
  TSubjectivity,
} from './types';
import { REASSESSMENT_MONTHS, roundTo } from './weights';

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
] as const satisfies readonly TMoneyBand[];
export type TLimitBandId = (typeof LIMIT_BANDS)[number]['id'];

export const RETENTION_BANDS = [
  { id: 'retention_1k_to_2_5k', minEur: 1_000, maxEur: 2_500 },
  { id: 'retention_2_5k_to_5k', minEur: 2_500, maxEur: 5_000 },
  { id: 'retention_5k_to_10k', minEur: 5_000, maxEur: 10_000 },
  { id: 'retention_10k_to_25k', minEur: 10_000, maxEur: 25_000 },
  { id: 'retention_25k_to_50k', minEur: 25_000, maxEur: 50_000 },
  { id: 'retention_50k_to_100k', minEur: 50_000, maxEur: 100_000 },
  { id: 'retention_100k_to_250k', minEur: 100_000, maxEur: 250_000 },
] as const satisfies readonly TMoneyBand[];
export type TRetentionBandId = (typeof RETENTION_BANDS)[number]['id'];

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

const REVENUE_BAND_INDEX: Readonly<Record<string, number>> = {
  under_2m: 0,
  from_2m_to_10m: 1,
  from_10m_to_50m: 2,
  from_50m_to_100m: 3,
  from_100m_to_500m: 4,
  over_500m: 5,
};

/** The index in LIMIT_BANDS of the smallest band that covers the whole requested limit. */
const REQUESTED_LIMIT_BAND: Readonly<Record<string, number>> = {
  up_to_1m: 0,
  from_1m_to_3m: 2,
  from_3m_to_5m: 2,
  from_5m_to_10m: 3,
  over_10m: 4,
};

/** Critical findings -> the subjectivity (condition before binding) and the control that clears it. */
export const KNOCK_OUT_SUBJECTIVITIES: Readonly<Record<string, { id: string; controlId: string | null }>> = {
  mfa_not_enforced: { id: 'subj_enforce_mfa', controlId: 'ctrl_enforce_mfa' },
  legacy_auth_not_blocked: { id: 'subj_block_legacy_auth', controlId: 'ctrl_block_legacy_auth' },
  standing_privileged_access: { id: 'subj_privileged_access_jit', controlId: 'ctrl_jit_privileged_access' },
  issuer_validation_missing: { id: 'subj_issuer_validation', controlId: 'ctrl_issuer_validation' },
  audit_log_disabled: { id: 'subj_enable_audit_log', controlId: 'ctrl_enable_audit_log' },
  mail_access_logging_missing: { id: 'subj_mail_access_auditing', controlId: 'ctrl_mail_access_auditing' },
  log_retention_insufficient: { id: 'subj_log_retention', controlId: 'ctrl_extend_log_retention' },
  idp_playbook_missing: { id: 'subj_idp_playbook', controlId: 'ctrl_idp_playbook' },
  master_key_exposure: { id: 'subj_master_key_remediation_plan', controlId: null },
};

export const EXTRA_SUBJECTIVITY_IDS = ['subj_signed_full_application', 'subj_prior_incident_details', 'subj_baseline_report', 'subj_higher_retention'] as const;

export const INSURABILITY_REASON_IDS = [
  'incomplete_answers',
  'mfa_largely_absent',
  'grade_e_with_knock_outs',
  'critical_findings',
  'critical_item_unknown',
  'grade_d',
  'grade_e',
  'master_key_exposure_severe',
  'revenue_over_100m',
  'prior_incidents_36m',
  'requested_limit_5m_or_more',
  'sensitive_sector',
  'records_over_500k',
] as const;

export const MONITORING_TRIGGER_IDS = ['renewal_90_days', 'identity_provider_change', 'security_incident', 'merger_or_acquisition'] as const;
export const MONITORING_DUE_DATE_IDS = ['next_tabletop_exercise'] as const;

export const ACCUMULATION_TAGS: ReadonlyArray<{ questionId: string; optionId: string; tag: string }> = [
  { questionId: 'dep_idps', optionId: 'entra_id', tag: 'microsoft_entra_id' },
  { questionId: 'dep_idps', optionId: 'okta', tag: 'okta' },
  { questionId: 'dep_idps', optionId: 'google_workspace', tag: 'google_workspace' },
  { questionId: 'dep_idps', optionId: 'ping_identity', tag: 'ping_identity' },
  { questionId: 'dep_mail_platform', optionId: 'exchange_online', tag: 'microsoft_exchange_online' },
  { questionId: 'dep_mail_platform', optionId: 'exchange_hybrid', tag: 'microsoft_exchange_online' },
  { questionId: 'dep_mail_platform', optionId: 'google_workspace', tag: 'google_workspace' },
];

function readString(answers: TAnswers, questionId: string): string | undefined {
  const value = answers[questionId];
  return typeof value === 'string' ? value : undefined;
}

function readNumber(answers: TAnswers, questionId: string): number | undefined {
  const value = answers[questionId];
  return typeof value === 'number' ? value : undefined;
}

type TReasonId = (typeof INSURABILITY_REASON_IDS)[number];

function listInsurabilityReasons(core: TRiskCore, answers: TAnswers, questionnaireCriticalIds: readonly string[]): TInsurabilityReason[] {
  const { findings, grade } = core;
  const reasons: Array<TInsurabilityReason & { id: TReasonId }> = [];
  const criticalCount = findings.filter((finding) => finding.severity === 'critical').length;
  const mfa = readNumber(answers, 'auth_mfa_coverage');
  if (mfa !== undefined && mfa < 50) reasons.push({ id: 'mfa_largely_absent', outcome: 'decline' });
  if (grade === 'E' && criticalCount >= 2) reasons.push({ id: 'grade_e_with_knock_outs', outcome: 'decline' });
  if (criticalCount > 0) reasons.push({ id: 'critical_findings', outcome: 'refer' });
  if (questionnaireCriticalIds.some((id) => answers[id] === 'dont_know')) reasons.push({ id: 'critical_item_unknown', outcome: 'refer' });
  if (grade === 'D') reasons.push({ id: 'grade_d', outcome: 'refer' });
  if (grade === 'E') reasons.push({ id: 'grade_e', outcome: 'refer' });
  if (core.masterKeyExposure.level === 'severe') reasons.push({ id: 'master_key_exposure_severe', outcome: 'refer' });
  const revenue = readString(answers, 'bp_revenue_band');
  if (revenue === 'from_100m_to_500m' || revenue === 'over_500m') reasons.push({ id: 'revenue_over_100m', outcome: 'refer' });
  const incidents = readNumber(answers, 'bp_prior_incidents');
  if (incidents !== undefined && incidents > 0) reasons.push({ id: 'prior_incidents_36m', outcome: 'refer' });
  const requested = readString(answers, 'bp_requested_limit');
  if (requested === 'from_5m_to_10m' || requested === 'over_10m') reasons.push({ id: 'requested_limit_5m_or_more', outcome: 'refer' });
  const industry = readString(answers, 'bp_industry');
  if (industry === 'healthcare' || industry === 'financial_services') reasons.push({ id: 'sensitive_sector', outcome: 'refer' });
  const records = readString(answers, 'bp_records_band');
  if (records !== undefined && RECORDS_OVER_500K_ANSWERS.includes(records)) reasons.push({ id: 'records_over_500k', outcome: 'refer' });
  return reasons;
}

type TLimitBandEntry = (typeof LIMIT_BANDS)[number];
type TRetentionBandEntry = (typeof RETENTION_BANDS)[number];

function suggestLimit(answers: TAnswers): { band: TLimitBandEntry; basis: string[] } | null {
  const revenue = readString(answers, 'bp_revenue_band');
  if (revenue === undefined) return null;
  let index = REVENUE_BAND_INDEX[revenue] ?? 0;
  const basis = ['bp_revenue_band'];
  const records = readString(answers, 'bp_records_band');
  if (records !== undefined && RECORDS_OVER_500K_ANSWERS.includes(records)) {
    index += 1;
    basis.push('bp_records_band');
  }
  const requested = readString(answers, 'bp_requested_limit');
  const requestedIndex = requested === undefined ? undefined : REQUESTED_LIMIT_BAND[requested];
  if (requestedIndex !== undefined && requestedIndex > index) {
    index = requestedIndex;
    basis.push('bp_requested_limit');
  }
  return { band: LIMIT_BANDS[Math.min(index, LIMIT_BANDS.length - 1)]!, basis };
}

/** Grades for which the insurer asks for a retention one band above the standard one. */
const HIGHER_RETENTION_GRADES: readonly TGrade[] = ['D', 'E'];

/** The standard retention: by revenue band alone. The premium is always priced at this retention. */
function standardRetention(answers: TAnswers): TRetentionBandEntry | null {
  const revenue = readString(answers, 'bp_revenue_band');
  if (revenue === undefined) return null;
  return RETENTION_BANDS[Math.min(REVENUE_BAND_INDEX[revenue] ?? 0, RETENTION_BANDS.length - 1)]!;
}

/**
 * The suggested retention: the standard one, one band higher for grade D/E (the insured shares more
 * of the attritional loss). That higher retention is imposed by the insurer for a weaker posture, so it
 * earns no retention credit: otherwise a worse grade would lower the premium.
 */
function suggestRetention(standard: TRetentionBandEntry, grade: TGrade): TRetentionBandEntry {
  if (!HIGHER_RETENTION_GRADES.includes(grade)) return standard;
  const index = RETENTION_BANDS.findIndex((band) => band.id === standard.id) + 1;
  return RETENTION_BANDS[Math.min(index, RETENTION_BANDS.length - 1)]!;
}

/** The rating inputs (RATING_INPUT_QUESTION_IDS) that are not answered, in definition order. */
export function listMissingRatingInputs(answers: TAnswers): string[] {
  return RATING_INPUT_QUESTION_IDS.filter((questionId) => answers[questionId] === undefined);
}

/** `values` as a non-empty tuple, or `fallback` when it is empty. */
function toNonEmpty<T>(values: readonly T[], fallback: readonly [T, ...T[]]): [T, ...T[]] {
  const [first, ...others] = values.length > 0 ? values : fallback;
  return [first!, ...others];
}

/** The limit and retention a premium is priced for. */
export type TPricingTerms = { limitBandId: TLimitBandId; retentionBandId: TRetentionBandId };

/**
 * The premium indication for the given limit and retention bands, or null while a rating input is
 * missing. round(base rate × Π factors) in whole EUR; every factor is listed with its input.
 */
export function buildPremium(core: TRiskCore, answers: TAnswers, terms: TPricingTerms): TPremiumIndication | null {
  if (listMissingRatingInputs(answers).length > 0) return null;
  const revenue = readString(answers, 'bp_revenue_band');
  const industry = readString(answers, 'bp_industry');
  const records = readString(answers, 'bp_records_band');
  const incidents = readNumber(answers, 'bp_prior_incidents');
  const publicSector = readString(answers, 'bp_public_sector_customers');
  if (revenue === undefined || industry === undefined || records === undefined || incidents === undefined || publicSector === undefined) return null;
  const baseRateEur = BASE_RATE_EUR[revenue] ?? 0;
  const factors: TRatingFactor[] = [
    { id: 'industry', questionId: 'bp_industry', input: industry, factor: INDUSTRY_FACTORS[industry] ?? 1 },
    { id: 'records', questionId: 'bp_records_band', input: records, factor: RECORDS_FACTORS[records] ?? 1 },
    { id: 'increased_limit', input: terms.limitBandId, factor: INCREASED_LIMIT_FACTORS[terms.limitBandId] },
    { id: 'retention_credit', input: terms.retentionBandId, factor: RETENTION_CREDITS[terms.retentionBandId] },
  ];
  for (const section of core.sections) {
    if (section.weight === 0 || section.score === null) continue;
    const factor = roundTo(1 + (section.weight * (SECTION_MODIFIER_PIVOT - section.score)) / 100, 3);
    factors.push({ id: `section_${section.sectionId}`, sectionId: section.sectionId, input: section.score, factor });
  }
  factors.push({
    id: 'master_key_exposure',
    input: core.masterKeyExposure.score,
    factor: roundTo(1 + (MASTER_KEY_MODIFIER_SLOPE * core.masterKeyExposure.score) / 100, 3),
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

function listSubjectivities(
  core: TRiskCore,
  reasons: readonly TInsurabilityReason[],
  retentionRaised: boolean,
): Array<TSubjectivity & { id: string }> {
  const subjectivities: TSubjectivity[] = [];
  for (const finding of core.findings) {
    if (finding.severity !== 'critical') continue;
    const mapping = KNOCK_OUT_SUBJECTIVITIES[finding.id];
    if (mapping) subjectivities.push({ id: mapping.id, findingIds: [finding.id], controlId: mapping.controlId });
  }
  const reasonIds = new Set(reasons.map((reason) => reason.id));
  if (reasonIds.has('revenue_over_100m') || reasonIds.has('requested_limit_5m_or_more')) {
    subjectivities.push({ id: 'subj_signed_full_application', findingIds: [], controlId: null });
  }
  if (reasonIds.has('prior_incidents_36m')) subjectivities.push({ id: 'subj_prior_incident_details', findingIds: [], controlId: null });
  if (reasonIds.has('critical_item_unknown') || ['C', 'D', 'E'].includes(core.grade)) {
    subjectivities.push({ id: 'subj_baseline_report', findingIds: [], controlId: 'ctrl_baseline_scans' });
  }
  if (retentionRaised) subjectivities.push({ id: 'subj_higher_retention', findingIds: [], controlId: null });
  return subjectivities;
}

function listAccumulationTags(answers: TAnswers): string[] {
  const tags = new Set<string>();
  for (const { questionId, optionId, tag } of ACCUMULATION_TAGS) {
    const value = answers[questionId];
    if (value === optionId || (Array.isArray(value) && value.includes(optionId))) tags.add(tag);
  }
  return [...tags].sort();
}

export type TIndicationOptions = {
  /**
   * Questions still to be answered before the indication is final (preview: the missing visible
   * required and critical answers). Non-empty, or a missing rating input, makes it provisional, and a
   * provisional indication has no premium.
   */
  pendingQuestionIds?: readonly string[];
};

export function buildInsuranceIndication(
  core: TRiskCore,
  answers: TAnswers,
  criticalQuestionIds: readonly string[],
  lossP99: number | null,
  options: TIndicationOptions = {},
): TInsuranceIndication {
  const reasons = listInsurabilityReasons(core, answers, criticalQuestionIds);
  const pendingQuestionIds = [...new Set([...(options.pendingQuestionIds ?? []), ...listMissingRatingInputs(answers)])];
  const limit = suggestLimit(answers);
  const standard = standardRetention(answers);
  const retention: TRetentionBand | null = standard ? { ...suggestRetention(standard, core.grade) } : null;
  const retentionRaised = standard !== null && retention !== null && retention.id !== standard.id;
  const suggestedLimit: TLimitBand | null = limit ? { ...limit.band, basis: limit.basis } : null;
  const common = {
    limitCoversLossP99: suggestedLimit === null || lossP99 === null ? null : lossP99 <= suggestedLimit.maxEur,
    accumulationTags: listAccumulationTags(answers),
  };
  const subjectivities = listSubjectivities(core, reasons, retentionRaised);
  const declined = reasons.some((reason) => reason.outcome === 'decline');
  // Priced at the standard retention: a retention raised for grade D/E earns no credit.
  const premium =
    pendingQuestionIds.length === 0 && limit && standard ? buildPremium(core, answers, { limitBandId: limit.band.id, retentionBandId: standard.id }) : null;
  if (suggestedLimit !== null && retention !== null && premium !== null) {
    return {
      provisional: false,
      insurability: declined ? 'decline' : reasons.length > 0 ? 'refer' : 'accept',
      reasons,
      suggestedLimit,
      retention,
      premium,
      subjectivities,
      ...common,
    };
  }
  // Provisional: a decline already triggered by the given answers stands; otherwise refer, never
  // accept. No premium: unanswered sections count as neutral, so any figure would be too low.
  // (Pending is never empty here for validated answers; should a rating input be unreadable, all
  // rating inputs are listed.)
  const provisionalReasons: TInsurabilityReason[] = [{ id: 'incomplete_answers', outcome: 'refer' }, ...reasons];
  return {
    provisional: true,
    insurability: declined ? 'decline' : 'refer',
    reasons: provisionalReasons,
    pendingQuestionIds: toNonEmpty(pendingQuestionIds, RATING_INPUT_QUESTION_IDS),
    suggestedLimit,
    retention,
    premium: null,
    subjectivities,
    ...common,
  };
}

/** 'YYYY-MM-DD' plus whole months; the day is clamped to the target month (29 Feb -> 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const targetYear = year + Math.floor(targetMonthIndex / 12);
  const targetMonth = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

export function buildMonitoringPlan(
  core: TRiskCore,
  answers: TAnswers,
  questionOrder: readonly string[],
  criticalQuestionIds: readonly string[],
): TMonitoringPlan {
  const reverify = new Set<string>();
  for (const finding of core.findings) for (const trigger of finding.triggers) reverify.add(trigger.questionId);
  for (const questionId of criticalQuestionIds) if (answers[questionId] !== undefined) reverify.add(questionId);
  const dueDates: TMonitoringPlan['dueDates'] = [];
  const exerciseDate = readString(answers, 'ir_last_exercise_date');
  if (exerciseDate !== undefined) {
    dueDates.push({ id: 'next_tabletop_exercise', date: addMonths(exerciseDate, 12), basedOnQuestionId: 'ir_last_exercise_date' });
  }
  return {
    intervalMonths: REASSESSMENT_MONTHS[core.grade],
    reverifyQuestionIds: questionOrder.filter((questionId) => reverify.has(questionId)),
    triggers: [...MONITORING_TRIGGER_IDS],
    dueDates,
  };
}
