// FAIR-style mapping from answers and business profile to the loss engine's scenarios (the engine
// itself, its distributions and its seeded Monte Carlo live in ./loss, see the README, "The loss model").
//
// Per scenario:
//   frequency (events/year, modified PERT):  mode = base × threat × vulnerability × history,
//                                             min = 0.3 × mode, max = 3 × mode
//     vulnerability = 1.6 − 1.2 × control strength (weighted section scores / 100), 0.4..1.6
//     threat        = industry targeting (× 1.3 for public-sector customers); opportunistic
//                     scenarios use its square root
//     history       = 1 + 0.25 per identity incident in the last 36 months (at most 4 counted)
//   magnitude (EUR per event, lognormal p05/p95) from revenue, employees, records and sensitive
//     data, scaled by a detection/response multiplier 1.5 − 0.8 × (0.6 logging + 0.4 IR)/100
//     (earlier detection and a practised response shorten dwell time and cost).
// The outage scenario is provider-driven: its frequency is fixed, the fallback posture scales its
// magnitude instead.
import { LOSS_MODEL_VERSION, seedFromString } from '@/lib/scoring/loss';
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
  dont_know: 2_000_000, // unknown counts as the largest band, as in the rating (insurance.ts)
};

/** Notification, call centre, legal and regulatory cost per exposed record (EUR), before sensitivity. */
export const COST_PER_RECORD_EUR = 8;

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

type TScenarioDefinition = {
  id: string;
  baseFrequency: number;
  controls: Readonly<Record<string, number>>;
  targeted: boolean;
  /** Frequency is provider-driven; controls scale the magnitude instead. */
  controlsScaleMagnitude?: boolean;
};

export const LOSS_SCENARIOS: readonly TScenarioDefinition[] = [
  { id: 'idp_token_forgery', baseFrequency: 0.02, controls: { tokens_keys: 0.4, privileged_access: 0.2, third_party_apps: 0.2, landscape: 0.2 }, targeted: true },
  { id: 'account_takeover_bec', baseFrequency: 0.3, controls: { authentication: 0.6, mail_collaboration: 0.2, third_party_apps: 0.2 }, targeted: false },
  { id: 'privileged_tenant_compromise', baseFrequency: 0.05, controls: { privileged_access: 0.5, authentication: 0.3, tokens_keys: 0.2 }, targeted: true },
  { id: 'consent_phishing_app_abuse', baseFrequency: 0.1, controls: { third_party_apps: 0.7, authentication: 0.3 }, targeted: false },
  { id: 'idp_outage_interruption', baseFrequency: 0.1, controls: { landscape: 0.6, incident_response: 0.4 }, targeted: false, controlsScaleMagnitude: true },
];

type TOptionRanks = ReadonlyMap<string, number>;
type TCanonicalTables = { ranks: ReadonlyArray<TOptionRanks | null>; jsonIds: readonly string[] };

const canonicalTables = new WeakMap<TAnswerLayout, TCanonicalTables>();

/** Option positions per question (null without options) and JSON question ids, built once per questionnaire version. */
function getCanonicalTables(layout: TAnswerLayout): TCanonicalTables {
  const cached = canonicalTables.get(layout);
  if (cached) return cached;
  const { questionnaire } = layout;
  const ranks = questionnaire.questions.map((question) => {
    if (!('options' in question)) return null;
    // The first position of an id, as indexOf gives.
    const rank = new Map<string, number>();
    question.options.forEach((option, index) => {
      if (!rank.has(option.id)) rank.set(option.id, index);
    });
    return rank;
  });
  const tables = { ranks, jsonIds: questionnaire.questions.map((question) => JSON.stringify(question.id)) };
  canonicalTables.set(layout, tables);
  return tables;
}

/** A multi-choice value in option order; unknown ids rank -1, as indexOf would (same comparisons, same stable order). */
function sortByOptionOrder(value: readonly string[], rank: TOptionRanks): string[] {
  return [...value].sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));
}

/** Answers as canonical JSON: definition order, multi-choice values in option order. */
export function canonicaliseAnswers(answers: AnswerView): string {
  const { questionIds } = answers.layout;
  const { ranks } = getCanonicalTables(answers.layout);
  const entries: Array<[string, unknown]> = [];
  for (let index = 0; index < questionIds.length; index++) {
    const questionId = questionIds[index]!;
    const value = answers.values[index];
    if (value === undefined) continue;
    const rank = ranks[index];
    entries.push([questionId, Array.isArray(value) && rank ? sortByOptionOrder(value, rank) : value]);
  }
  return JSON.stringify(entries);
}

// The default seed is seedFromString (FNV-1a over the UTF-8 bytes) of the versions and the canonical
// answers. For ASCII text the UTF-8 bytes are the char codes, so the hash is computed while walking
// the answers, without building the JSON text or encoding it; any other text takes the plain path.
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_QUOTE = 0x22;
const CHAR_BACKSLASH = 0x5c;
const CHAR_COMMA = 0x2c;
const CHAR_OPEN = 0x5b;
const CHAR_CLOSE = 0x5d;
const CHAR_PIPE = 0x7c;

function hashChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** One FNV-1a step per char of ASCII text; NaN when a char is not ASCII. */
function hashAscii(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return Number.NaN;
    hash = hashChar(hash, code);
  }
  return hash;
}

/** hashAscii of JSON.stringify(text); text needing no escape (printable ASCII without " and \) is hashed in place. */
function hashJsonString(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e || code === CHAR_QUOTE || code === CHAR_BACKSLASH) return hashAscii(hash, JSON.stringify(text));
  }
  return hashChar(hashAscii(hashChar(hash, CHAR_QUOTE), text), CHAR_QUOTE);
}

/**
 * hashAscii of canonicaliseAnswers(answers), or NaN when that text is not ASCII or
 * holds a value this walk does not cover (then the text itself is hashed). Every step that can give
 * NaN is checked at once, because the next XOR would turn NaN into a number.
 */
function hashCanonicalAnswers(hash: number, answers: AnswerView): number {
  const { ranks, jsonIds } = getCanonicalTables(answers.layout);
  hash = hashChar(hash, CHAR_OPEN);
  let first = true;
  for (let index = 0; index < answers.values.length; index++) {
    const value = answers.values[index];
    if (value === undefined) continue;
    if (!first) hash = hashChar(hash, CHAR_COMMA);
    first = false;
    hash = hashAscii(hashChar(hash, CHAR_OPEN), jsonIds[index]!);
    if (Number.isNaN(hash)) return hash;
    hash = hashChar(hash, CHAR_COMMA);
    hash = hashJsonValue(hash, value, ranks[index] ?? null);
    if (Number.isNaN(hash)) return hash;
    hash = hashChar(hash, CHAR_CLOSE);
  }
  return hashChar(hash, CHAR_CLOSE);
}

/** hashAscii of the value's canonical JSON (multi-choice in option order); NaN for other kinds of value. */
function hashJsonValue(hash: number, value: unknown, rank: TOptionRanks | null): number {
  if (typeof value === 'string') return hashJsonString(hash, value);
  if (typeof value === 'number') return hashAscii(hash, JSON.stringify(value));
  if (Array.isArray(value)) return hashJsonStringList(hash, rank ? sortByOptionOrder(value, rank) : value);
  return Number.NaN;
}

/** hashAscii of JSON.stringify(list) for a list of strings; NaN otherwise or when not ASCII. */
function hashJsonStringList(hash: number, list: readonly unknown[]): number {
  hash = hashChar(hash, CHAR_OPEN);
  for (let position = 0; position < list.length; position++) {
    const item = list[position];
    if (typeof item !== 'string') return Number.NaN;
    if (position > 0) hash = hashChar(hash, CHAR_COMMA);
    hash = hashJsonString(hash, item);
    if (Number.isNaN(hash)) return hash;
  }
  return hashChar(hash, CHAR_CLOSE);
}

/** Default seed: a hash of model versions, questionnaire version and canonical answers. */
export function computeDefaultLossSeed(answers: AnswerView): number {
  // `${SCORING_MODEL_VERSION}|${LOSS_MODEL_VERSION}|${questionnaire.version}|`, hashed part by part:
  // reading a concatenated (cons) string char by char is very slow in V8.
  const prefix = [SCORING_MODEL_VERSION, LOSS_MODEL_VERSION, answers.layout.questionnaire.version];
  let hash = FNV_OFFSET_BASIS;
  for (const part of prefix) {
    hash = hashAscii(hash, part);
    if (Number.isNaN(hash)) break;
    hash = hashChar(hash, CHAR_PIPE);
  }
  if (!Number.isNaN(hash)) hash = hashCanonicalAnswers(hash, answers);
  if (!Number.isNaN(hash)) return hash >>> 0;
  return seedFromString(`${prefix.join('|')}|${canonicaliseAnswers(answers)}`);
}

function getControlStrength(risk: TRiskEvaluation, controls: Readonly<Record<string, number>>): number {
  let total = 0;
  let weights = 0;
  for (const [sectionId, weight] of Object.entries(controls)) {
    const score = risk.sections.find((section) => section.sectionId === sectionId)?.score;
    // An unscored section (nothing answered) counts as average, neither credit nor surcharge.
    total += weight * (score ?? 50);
    weights += weight;
  }
  return clamp(total / weights / 100, 0, 1);
}

export type TLossMapping = { input: TLossModelInput; mapping: TLossScenarioMapping[] };

/** The loss model input, or null when the business profile lacks revenue, employees, records or industry. */
export function mapAnswersToLossInput(risk: TRiskEvaluation): TLossMapping | null {
  const answers = risk.view;
  const revenueBand = answers.string('bp_revenue_band');
  const recordsBand = answers.string('bp_records_band');
  const industry = answers.string('bp_industry');
  const employees = answers.number('bp_employees');
  if (revenueBand === undefined || recordsBand === undefined || industry === undefined || employees === undefined) return null;

  const revenue = REVENUE_MIDPOINT_EUR[revenueBand] ?? 1_000_000;
  const sensitive = answers.list('mail_sensitive_data');
  const sensitivity = sensitive
    ? sensitive.includes('dont_know')
      ? 1.5
      : Math.min(2, 1 + 0.25 * sensitive.filter((id) => HIGH_SENSITIVITY.includes(id)).length)
    : 1;
  const recordsCost = (RECORDS_MIDPOINT[recordsBand] ?? 0) * COST_PER_RECORD_EUR * sensitivity;
  const responseCost = 20_000 + 60 * Math.pow(employees, 0.9);
  const threat = (THREAT_BY_INDUSTRY[industry] ?? 1) * (answers.string('bp_public_sector_customers') === 'yes' ? 1.3 : 1);
  const incidents = answers.number('bp_prior_incidents') ?? 0;
  const history = 1 + 0.25 * Math.min(incidents, 4);
  const logging = risk.sections.find((section) => section.sectionId === 'logging_detection')?.score ?? 50;
  const response = risk.sections.find((section) => section.sectionId === 'incident_response')?.score ?? 50;
  const detection = 1.5 - (0.8 * (0.6 * logging + 0.4 * response)) / 100;
  const reachFactor = 0.2 + (0.8 * risk.masterKeyExposure.reach) / 100;

  const scenarios: TLossScenarioInput[] = [];
  const mapping: TLossScenarioMapping[] = [];
  for (const scenario of LOSS_SCENARIOS) {
    const strength = getControlStrength(risk, scenario.controls);
    const vulnerability = scenario.controlsScaleMagnitude ? 1 : 1.6 - 1.2 * strength;
    const threatMultiplier = scenario.controlsScaleMagnitude ? 1 : scenario.targeted ? threat : Math.sqrt(threat);
    const historyMultiplier = scenario.controlsScaleMagnitude ? 1 : history;
    let p05: number;
    let p95: number;
    let magnitudeMultiplier: number;
    switch (scenario.id) {
      case 'idp_token_forgery':
        magnitudeMultiplier = detection;
        p05 = 0.5 * responseCost;
        p95 = 2 * responseCost + recordsCost * reachFactor + 0.002 * revenue;
        break;
      case 'account_takeover_bec':
        magnitudeMultiplier = Math.sqrt(detection);
        p05 = 5_000;
        p95 = Math.min(0.01 * revenue, 2_500_000) + 0.5 * responseCost;
        break;
      case 'privileged_tenant_compromise':
        magnitudeMultiplier = detection;
        p05 = responseCost;
        p95 = 4 * responseCost + 0.02 * revenue + 0.5 * recordsCost;
        break;
      case 'consent_phishing_app_abuse':
        magnitudeMultiplier = detection;
        p05 = 0.3 * responseCost;
        p95 = responseCost + 0.3 * recordsCost;
        break;
      default:
        magnitudeMultiplier = 1.4 - 0.8 * strength;
        p05 = 2_000 + 0.05 * (revenue / 365);
        p95 = 0.9 * (revenue / 365) + 0.2 * responseCost;
    }
    const low = Math.round(p05 * magnitudeMultiplier);
    const high = Math.max(Math.round(p95 * magnitudeMultiplier), 2 * low);
    const mode = scenario.baseFrequency * threatMultiplier * vulnerability * historyMultiplier;
    scenarios.push({
      id: scenario.id,
      annualFrequency: { min: roundTo(0.3 * mode, 6), mode: roundTo(mode, 6), max: roundTo(3 * mode, 6) },
      magnitude: { p05: low, p95: high },
      // Per-event cap keeps the lognormal tail within what the organisation could lose at all.
      magnitudeCap: Math.max(5 * high, Math.round(0.25 * revenue + recordsCost)),
    });
    mapping.push({
      id: scenario.id,
      controlStrength: roundTo(strength, 3),
      vulnerabilityMultiplier: roundTo(vulnerability, 3),
      threatMultiplier: roundTo(threatMultiplier, 3),
      historyMultiplier: roundTo(historyMultiplier, 3),
      magnitudeMultiplier: roundTo(magnitudeMultiplier, 3),
    });
  }
  return { input: { scenarios }, mapping };
}
