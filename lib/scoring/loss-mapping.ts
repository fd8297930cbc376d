// FAIR-style mapping from answers and business profile to the loss engine's scenarios (the engine
// itself, its distributions and its seeded Monte Carlo live in ./loss; docs/scoring-model.md, "Loss
// quantification", has the calibration sources).
//
// Per scenario (signet-scoring@2.0.0):
//   frequency (events/year, modified PERT): min = 0.3 × mode, max = 3 × mode,
//     mode = base × identities × threat × vulnerability × history
//     identities    = (users / 250)^0.4, users = employees clamped to 1..50,000: frequency grows with
//                     the number of identities that can be phished, not with revenue (IRIS: large firms
//                     are hit several times as often as small ones, far less than in proportion)
//     vulnerability = 1.6 − 1.2 × control strength (weighted section scores / 100), 0.4..1.6; for the
//                     token-forgery scenario 0.25 + 1.75 × master-key exposure / 100 instead
//     threat        = industry targeting (× 1.3 for public-sector customers); opportunistic
//                     scenarios use its square root
//     history       = 1 + 0.25 per identity incident in the last 36 months (at most 4 counted)
//   magnitude (EUR per event, lognormal): p05 and p95 from the business profile ALONE (revenue,
//     employees, records), both times one multiplier from the answers (detection and response,
//     sensitive data, reach), and a per-event cap from the business profile alone.
// Why answers only scale: with the spread (sigma) and the cap fixed by the business profile, and the
// frequency triple scaled as a whole (a fixed PERT shape), a safer answer lowers every simulated year
// on the same random numbers (the seed belongs to the model version and business profile, see
// computeDefaultLossSeed): the displayed loss can never rise for a safer answer. Nothing is rounded
// here for the same reason (rounding p05 and p95 apart would move sigma).
// The outage scenario is provider-driven: its frequency is fixed, the fallback posture scales its
// magnitude instead.
import { LOSS_MODEL_VERSION, computeLimitedEventMean, fitLognormal, pertMean, seedFromString } from '@/lib/scoring/loss';
import type { TLossModelInput, TLossScenarioInput } from '@/lib/scoring/loss';

import type { AnswerView, TAnswerLayout } from './answers';
import type { TRiskEvaluation } from './evaluate-risk';
import { clamp, roundTo } from './math';
import type { TLossScenarioMapping } from './types';
import { SCORING_MODEL_VERSION } from './version';

export const REVENUE_MIDPOINT_EUR: Readonly<Record<string, number>> = {
  under_2m: 1_200_000,
  from_2m_to_10m: 5_000_000,
  from_10m_to_50m: 25_000_000,
  from_50m_to_100m: 75_000_000,
  from_100m_to_500m: 250_000_000,
  over_500m: 1_000_000_000,
};

export const RECORDS_MIDPOINT: Readonly<Record<string, number>> = {
  under_10k: 5_000,
  from_10k_to_100k: 40_000,
  from_100k_to_500k: 250_000,
  from_500k_to_1m: 750_000,
  over_1m: 2_000_000,
  dont_know: 2_000_000, // unknown counts as the largest band, as in referral and limit
};

/** Notification, call centre, legal and regulatory cost per exposed record (EUR), before sensitivity. */
export const COST_PER_RECORD_EUR = 8;

/** The organisation size frequencies are quoted for, its exponent, and the largest size that still scales. */
export const REFERENCE_IDENTITIES = 250;
export const IDENTITY_EXPONENT = 0.4;
export const MAX_SCALED_IDENTITIES = 50_000;

export const THREAT_BY_INDUSTRY: Readonly<Record<string, number>> = {
  financial_services: 1.4,
  healthcare: 1.3,
  public_sector: 1.6,
  manufacturing: 1.1,
  retail_ecommerce: 1.2,
  professional_services: 1.1,
  technology_saas: 1.3,
  education: 1.2,
  energy_utilities: 1.4,
  other_industry: 1,
};

const HIGH_SENSITIVITY = ['special_category_data', 'payment_card_data', 'privileged_legal', 'credentials_secrets'];
/** The sensitivity multiplier of the worst case; "don't know" is priced at it (an unknown is no discount). */
const MAX_SENSITIVITY = 2;

type TScenarioDefinition = {
  id: string;
  /** Loss events per year (PERT mode) at REFERENCE_IDENTITIES users, average controls and threat 1. */
  baseFrequency: number;
  /** Section weights of the control strength; empty for the scenarios with their own vulnerability. */
  controls: Readonly<Record<string, number>>;
  targeted: boolean;
  /** Frequency is provider-driven (no size, threat, control or history factor); controls scale the magnitude. */
  providerDriven?: boolean;
};

export const LOSS_SCENARIOS: readonly TScenarioDefinition[] = [
  { id: 'idp_token_forgery', baseFrequency: 0.004, controls: { tokens_keys: 0.4, privileged_access: 0.2, third_party_apps: 0.2, landscape: 0.2 }, targeted: true },
  { id: 'account_takeover_bec', baseFrequency: 0.04, controls: { authentication: 0.6, mail_collaboration: 0.2, third_party_apps: 0.2 }, targeted: false },
  { id: 'privileged_tenant_compromise', baseFrequency: 0.008, controls: { privileged_access: 0.5, authentication: 0.3, tokens_keys: 0.2 }, targeted: true },
  { id: 'consent_phishing_app_abuse', baseFrequency: 0.012, controls: { third_party_apps: 0.7, authentication: 0.3 }, targeted: false },
  { id: 'idp_outage_interruption', baseFrequency: 0.03, controls: { landscape: 0.6, incident_response: 0.4 }, targeted: false, providerDriven: true },
];

/** The business profile: the common-random-numbers stream and the loss context are keyed by it. */
const PROFILE_QUESTION_IDS = ['bp_industry', 'bp_country', 'bp_revenue_band', 'bp_employees', 'bp_records_band', 'bp_public_sector_customers', 'bp_nis2_scope', 'bp_prior_incidents', 'bp_requested_limit'];

/** What the loss model reads from the business profile: present once revenue, records, industry and employees are answered. */
export type TProfile = {
  revenue: number;
  recordsCost: number;
  responseCost: number;
  identities: number;
  threat: number;
  history: number;
};

function readProfile(answers: AnswerView): TProfile | null {
  const revenueBand = answers.string('bp_revenue_band');
  const recordsBand = answers.string('bp_records_band');
  const industry = answers.string('bp_industry');
  const employees = answers.number('bp_employees');
  if (revenueBand === undefined || recordsBand === undefined || industry === undefined || employees === undefined) return null;
  const incidents = answers.number('bp_prior_incidents') ?? 0;
  return {
    revenue: REVENUE_MIDPOINT_EUR[revenueBand] ?? 1_000_000,
    recordsCost: (RECORDS_MIDPOINT[recordsBand] ?? 0) * COST_PER_RECORD_EUR,
    responseCost: 20_000 + 60 * Math.pow(employees, 0.9),
    identities: Math.pow(clamp(employees, 1, MAX_SCALED_IDENTITIES) / REFERENCE_IDENTITIES, IDENTITY_EXPONENT),
    threat: (THREAT_BY_INDUSTRY[industry] ?? 1) * (answers.string('bp_public_sector_customers') === 'yes' ? 1.3 : 1),
    history: 1 + 0.25 * Math.min(incidents, 4),
  };
}


/**
 * The default seed: seedFromString of the model versions and the business-profile answers (in a
 * fixed order). Every what-if of one insured — any answer outside the business profile changed —
 * runs on the same random numbers, so a safer answer never shows a higher loss by chance, and an
 * upgraded draft keeps its stream (the questionnaire version is not part of it).
 */
export function computeDefaultLossSeed(answers: AnswerView): number {
  const profile = PROFILE_QUESTION_IDS.map((questionId) => answers.get(questionId) ?? null);
  const text = `${SCORING_MODEL_VERSION}|${LOSS_MODEL_VERSION}|${JSON.stringify(profile)}`;
  // seedFromString is FNV-1a over the UTF-8 bytes; for ASCII text those are the char codes, hashed
  // here without encoding the text first.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return seedFromString(text);
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** Section positions the mapping reads, resolved once per questionnaire version. */
type TSectionLookup = {
  /** Per scenario (LOSS_SCENARIOS order): the section positions and weights of its control strength. */
  controls: ReadonlyArray<{ positions: readonly number[]; weights: readonly number[] }>;
  logging: number;
  response: number;
};

const sectionLookups = new WeakMap<readonly unknown[], TSectionLookup>();

function getSectionLookup(risk: TRiskEvaluation): TSectionLookup {
  const { sections } = risk.view.layout.questionnaire;
  let lookup = sectionLookups.get(sections);
  if (!lookup) {
    const position = (sectionId: string): number => sections.findIndex((section) => section.id === sectionId);
    lookup = {
      controls: LOSS_SCENARIOS.map((scenario) => ({
        positions: Object.keys(scenario.controls).map(position),
        weights: Object.values(scenario.controls),
      })),
      logging: position('logging_detection'),
      response: position('incident_response'),
    };
    sectionLookups.set(sections, lookup);
  }
  return lookup;
}

/** A section's score, or 50 (average: neither credit nor surcharge) while nothing of it is scored. */
function readSectionScore(risk: TRiskEvaluation, position: number): number {
  return (position >= 0 ? risk.sections[position]?.score : null) ?? 50;
}

function getControlStrength(risk: TRiskEvaluation, controls: { positions: readonly number[]; weights: readonly number[] }): number {
  let total = 0;
  let weights = 0;
  for (let index = 0; index < controls.positions.length; index++) {
    const weight = controls.weights[index]!;
    total += weight * readSectionScore(risk, controls.positions[index]!);
    weights += weight;
  }
  return clamp(total / weights / 100, 0, 1);
}

/** Sensitive data in mail and files: 1 + 0.25 per highly sensitive category (at most 2); "don't know" counts as 2. */
function readSensitivity(answers: AnswerView): number {
  const sensitive = answers.list('mail_sensitive_data');
  if (!sensitive) return 1;
  if (sensitive.includes('dont_know')) return MAX_SENSITIVITY;
  let count = 0;
  for (const id of sensitive) if (HIGH_SENSITIVITY.includes(id)) count++;
  return Math.min(MAX_SENSITIVITY, 1 + 0.25 * count);
}

/** p05 and p95 of one event from the business profile alone (the spread never depends on the answers). */
function baseMagnitude(id: string, profile: TProfile): { p05: number; p95: number } {
  const { revenue, recordsCost, responseCost } = profile;
  switch (id) {
    case 'idp_token_forgery':
      return { p05: 0.5 * responseCost, p95: 3 * responseCost + recordsCost + 0.002 * revenue };
    case 'account_takeover_bec':
      return { p05: 5_000, p95: Math.min(0.01 * revenue, 2_500_000) + 0.5 * responseCost };
    case 'privileged_tenant_compromise':
      return { p05: responseCost, p95: 4 * responseCost + 0.01 * revenue + 0.25 * recordsCost };
    case 'consent_phishing_app_abuse':
      return { p05: 0.3 * responseCost, p95: responseCost + 0.3 * recordsCost };
    default:
      return { p05: 2_000 + 0.05 * (revenue / 365), p95: 0.9 * (revenue / 365) + 0.2 * responseCost };
  }
}

/** The largest multiplier any answers can give (for the per-event cap, which must not depend on the answers). */
const MAX_MAGNITUDE_MULTIPLIER = 1.5 * MAX_SENSITIVITY;

export type TLossMapping = { input: TLossModelInput; mapping: TLossScenarioMapping[] };

/**
 * What the mapping reads from the answers besides the scores — the business profile and the sensitive
 * data — plus what follows from them alone: each scenario's base magnitude and cap, a cache of its
 * mean event loss by magnitude multiplier (the recommendations estimate the loss once per control,
 * and most controls move a frequency, not a magnitude), and scratch arrays for the scenario terms.
 */
export type TLossContext = {
  profile: TProfile;
  sensitivity: number;
  bases: ReadonlyArray<{ p05: number; p95: number }>;
  caps: readonly number[];
  eventMeans: ReadonlyArray<Map<number, number>>;
  terms: TScenarioTerms;
};

/** Questions the loss context reads; an evaluation that keeps their answers keeps its context. */
const LOSS_CONTEXT_QUESTION_IDS = [...PROFILE_QUESTION_IDS, 'mail_sensitive_data'];

/** The loss context of an evaluation, or null when the business profile lacks revenue, employees, records or industry. */
export function readLossContext(risk: TRiskEvaluation): TLossContext | null {
  const profile = readProfile(risk.view);
  if (!profile) return null;
  const bases = LOSS_SCENARIOS.map((scenario) => baseMagnitude(scenario.id, profile));
  const count = LOSS_SCENARIOS.length;
  return {
    profile,
    sensitivity: readSensitivity(risk.view),
    bases,
    // Per event, from the business profile alone: what the organisation could lose at all.
    caps: bases.map((base) => Math.max(5 * MAX_MAGNITUDE_MULTIPLIER * base.p95, 0.25 * profile.revenue + 2 * profile.recordsCost)),
    eventMeans: LOSS_SCENARIOS.map(() => new Map<number, number>()),
    terms: {
      strength: new Float64Array(count),
      vulnerability: new Float64Array(count),
      threatMultiplier: new Float64Array(count),
      historyMultiplier: new Float64Array(count),
      identities: new Float64Array(count),
      magnitudeMultiplier: new Float64Array(count),
      mode: new Float64Array(count),
    },
  };
}

const contextPositions = new WeakMap<TAnswerLayout, readonly number[]>();

/** Whether two evaluations of one questionnaire share their loss context (the same answers to what it reads). */
export function sharesLossContext(a: TRiskEvaluation, b: TRiskEvaluation): boolean {
  const { layout } = a.view;
  let positions = contextPositions.get(layout);
  if (!positions) {
    positions = LOSS_CONTEXT_QUESTION_IDS.flatMap((id) => (layout.indexById.has(id) ? [layout.indexById.get(id)!] : []));
    contextPositions.set(layout, positions);
  }
  for (const index of positions) if (a.view.values[index] !== b.view.values[index]) return false;
  return true;
}

/** The terms of every scenario, by scenario position (LOSS_SCENARIOS order). */
type TScenarioTerms = Readonly<Record<'strength' | 'vulnerability' | 'threatMultiplier' | 'historyMultiplier' | 'identities' | 'magnitudeMultiplier' | 'mode', Float64Array>>;

/**
 * The arithmetic of the mapping, shared by the model input and the estimate: every scenario's terms
 * for an evaluation, written into the context's arrays (nothing is allocated per what-if).
 */
function computeScenarioTerms(risk: TRiskEvaluation, context: TLossContext): TScenarioTerms {
  const { profile, sensitivity, terms } = context;
  const lookup = getSectionLookup(risk);
  // Earlier detection and a practised response shorten dwell time and cost: 0.7..1.5.
  const detection = 1.5 - (0.8 * (0.6 * readSectionScore(risk, lookup.logging) + 0.4 * readSectionScore(risk, lookup.response))) / 100;
  const reachFactor = 0.2 + (0.8 * risk.masterKeyExposure.reach) / 100;
  for (let index = 0; index < LOSS_SCENARIOS.length; index++) {
    const scenario = LOSS_SCENARIOS[index]!;
    const strength = getControlStrength(risk, lookup.controls[index]!);
    let vulnerability = 1.6 - 1.2 * strength;
    let magnitudeMultiplier = detection;
    if (scenario.id === 'idp_token_forgery') {
      vulnerability = 0.25 + (1.75 * risk.masterKeyExposure.score) / 100;
      magnitudeMultiplier = detection * sensitivity * reachFactor;
    } else if (scenario.id === 'account_takeover_bec') magnitudeMultiplier = Math.sqrt(detection);
    else if (scenario.id !== 'idp_outage_interruption') magnitudeMultiplier = detection * Math.sqrt(sensitivity);
    const threatMultiplier = scenario.providerDriven ? 1 : scenario.targeted ? profile.threat : Math.sqrt(profile.threat);
    const historyMultiplier = scenario.providerDriven ? 1 : profile.history;
    const identities = scenario.providerDriven ? 1 : profile.identities;
    if (scenario.providerDriven) {
      magnitudeMultiplier = 1.4 - 0.8 * strength;
      vulnerability = 1;
    }
    terms.strength[index] = strength;
    terms.vulnerability[index] = vulnerability;
    terms.threatMultiplier[index] = threatMultiplier;
    terms.historyMultiplier[index] = historyMultiplier;
    terms.identities[index] = identities;
    terms.magnitudeMultiplier[index] = magnitudeMultiplier;
    terms.mode[index] = scenario.baseFrequency * identities * threatMultiplier * vulnerability * historyMultiplier;
  }
  return terms;
}

/** The scenario input of one scenario's terms. */
function toScenarioInput(index: number, terms: TScenarioTerms, context: TLossContext): TLossScenarioInput {
  const mode = terms.mode[index]!;
  const multiplier = terms.magnitudeMultiplier[index]!;
  const base = context.bases[index]!;
  return {
    id: LOSS_SCENARIOS[index]!.id,
    annualFrequency: { min: 0.3 * mode, mode, max: 3 * mode },
    magnitude: { p05: base.p05 * multiplier, p95: base.p95 * multiplier },
    magnitudeCap: context.caps[index]!,
  };
}

/** The loss model input, or null when the business profile lacks revenue, employees, records or industry. */
export function mapAnswersToLossInput(risk: TRiskEvaluation, context: TLossContext | null = readLossContext(risk)): TLossMapping | null {
  if (!context) return null;
  const terms = computeScenarioTerms(risk, context);
  const scenarios: TLossScenarioInput[] = [];
  const mapping: TLossScenarioMapping[] = [];
  for (let index = 0; index < LOSS_SCENARIOS.length; index++) {
    scenarios.push(toScenarioInput(index, terms, context));
    mapping.push({
      id: LOSS_SCENARIOS[index]!.id,
      controlStrength: roundTo(terms.strength[index]!, 3),
      vulnerabilityMultiplier: roundTo(terms.vulnerability[index]!, 3),
      threatMultiplier: roundTo(terms.threatMultiplier[index]!, 3),
      historyMultiplier: roundTo(terms.historyMultiplier[index]!, 3),
      identitiesMultiplier: roundTo(terms.identities[index]!, 3),
      magnitudeMultiplier: roundTo(terms.magnitudeMultiplier[index]!, 3),
    });
  }
  return { input: { scenarios }, mapping };
}

/**
 * The expected annual loss of the answers (closed form, whole EUR), or null without a business
 * profile: exactly computeExpectedAnnualLoss of mapAnswersToLossInput's input (the same floating-point
 * operations, tested), with each scenario's mean event loss taken from the context's cache when its
 * magnitude multiplier was seen before.
 */
export function computeExpectedLossOfRisk(risk: TRiskEvaluation, context: TLossContext | null = readLossContext(risk)): number | null {
  if (!context) return null;
  const terms = computeScenarioTerms(risk, context);
  let total = 0;
  for (let index = 0; index < LOSS_SCENARIOS.length; index++) {
    const multiplier = terms.magnitudeMultiplier[index]!;
    const cache = context.eventMeans[index]!;
    let eventMean = cache.get(multiplier);
    if (eventMean === undefined) {
      const scenario = toScenarioInput(index, terms, context);
      eventMean = computeLimitedEventMean(scenario, fitLognormal(scenario.magnitude.p05, scenario.magnitude.p95), Number.POSITIVE_INFINITY);
      cache.set(multiplier, eventMean);
    }
    // computeMeanEventsPerYear of the scenario input, on the same numbers.
    const mode = terms.mode[index]!;
    total += pertMean(0.3 * mode, mode, 3 * mode) * eventMean;
  }
  return Math.round(total);
}
