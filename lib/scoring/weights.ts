// Model constants of signet-scoring@1. Changing any number here changes results: bump
// SCORING_MODEL_VERSION (version.ts) and document the change in the README ("The scoring model").
import type { TGrade } from './types';

/**
 * Section weights in the overall weighted mean; they sum to 1. The business profile describes the
 * insured (size, industry) and feeds the loss estimate and the premium, not the security score.
 * Authentication, logging and privileged access carry most weight because they decide whether a
 * stolen or forged token is usable and whether its use is noticed (the Storm-0558 lessons).
 */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  landscape: 0.08,
  authentication: 0.18,
  privileged_access: 0.14,
  tokens_keys: 0.14,
  third_party_apps: 0.09,
  mail_collaboration: 0.07,
  logging_detection: 0.15,
  incident_response: 0.1,
  governance: 0.05,
  business_profile: 0,
};

/**
 * overall = MEAN_WEIGHT × weighted mean of section scores + WEAKEST_WEIGHT × weakest CORE section
 *           − "don't know" penalty.
 * The weakest-area term follows PingCastle ("the weakest area sets the headline") without its
 * saturation: one bad area pulls the score down, good areas still count. Only the four core
 * identity areas compete for "weakest" — the ones that decide whether a stolen or forged token
 * works and is noticed; small sections (governance: one or two questions) would make it erratic.
 */
export const MEAN_WEIGHT = 0.8;
export const WEAKEST_WEIGHT = 0.2;
export const CORE_SECTION_IDS: readonly string[] = ['authentication', 'privileged_access', 'tokens_keys', 'logging_detection'];

/** Points deducted per critical question answered "don't know" (worse than "no"), and the maximum. */
export const DONT_KNOW_PENALTY_PER_ITEM = 3;
export const DONT_KNOW_PENALTY_MAX = 15;

/** Lower bounds of each grade (score >= bound). E is everything below D. */
export const GRADE_THRESHOLDS: ReadonlyArray<{ grade: TGrade; min: number }> = [
  { grade: 'A', min: 85 },
  { grade: 'B', min: 70 },
  { grade: 'C', min: 55 },
  { grade: 'D', min: 40 },
  { grade: 'E', min: 0 },
];

/** Grade caps from knock-out findings (the grade is the worse of score grade and cap). */
export const GRADE_CAP_ANY_CRITICAL: TGrade = 'C';
export const GRADE_CAP_MANY_CRITICAL: TGrade = 'D';
export const MANY_CRITICAL_FINDINGS = 3;
export const GRADE_CAP_SEVERE_MASTER_KEY: TGrade = 'D';

/** Master-key exposure levels (score >= bound); higher = more exposed. */
export const MASTER_KEY_LEVELS = [
  { level: 'severe', min: 60 },
  { level: 'high', min: 40 },
  { level: 'moderate', min: 20 },
  { level: 'low', min: 0 },
] as const;

/**
 * Minimum master-key exposure of the Storm-0558 pattern (own multi-tenant sign-in apps without
 * issuer/tenant validation + cloud mail on the provider's identity platform + mail access not
 * recorded): severe, which makes the master-key finding critical and caps the grade at D.
 */
export const MASTER_KEY_STORM_PATTERN_FLOOR = 60;

/** Reassessment interval by grade, in months. */
export const REASSESSMENT_MONTHS: Readonly<Record<TGrade, number>> = { A: 12, B: 12, C: 6, D: 3, E: 3 };

/** Effort weights used to order recommendations by uplift per effort. */
export const EFFORT_COST = { low: 1, medium: 2, high: 4 } as const;

/** Weights of the claims-readiness score (questions answered and visible only; renormalised). */
export const CLAIMS_READINESS_WEIGHTS: Readonly<Record<string, number>> = {
  ir_idp_playbook: 0.2,
  ir_insurer_notification_known: 0.15,
  ir_log_preservation: 0.15,
  log_retention: 0.1,
  log_mail_access_events: 0.1,
  log_unified_audit: 0.05,
  ir_backups: 0.1,
  ir_last_exercise: 0.1,
  tok_revocation: 0.05,
};

const GRADE_ORDER: readonly TGrade[] = ['A', 'B', 'C', 'D', 'E'];

export function getGradeForScore(score: number): TGrade {
  return GRADE_THRESHOLDS.find((threshold) => score >= threshold.min)?.grade ?? 'E';
}

/** The worse of two grades. */
export function getWorseGrade(a: TGrade, b: TGrade): TGrade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
