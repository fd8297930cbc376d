// Weights of the risk score. Changing any number here changes results: bump SCORING_MODEL_VERSION
// (version.ts) and document the change in docs/scoring-model.md.

/**
 * Section weights in the overall weighted mean; they sum to 1. The business profile describes the
 * insured (size, industry) and feeds the loss estimate and the premium, not the security score.
 * Authentication, token and key hygiene and logging carry most weight because they decide whether a
 * stolen or forged token is usable and whether its use is noticed (the Storm-0558 and Golden SAML
 * lessons; 2.0.0 moved 0.02 each from authentication, privileged access and governance to token
 * and key hygiene and logging).
 */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  landscape: 0.08,
  authentication: 0.17,
  privileged_access: 0.13,
  tokens_keys: 0.16,
  third_party_apps: 0.09,
  mail_collaboration: 0.07,
  logging_detection: 0.16,
  incident_response: 0.1,
  governance: 0.04,
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
