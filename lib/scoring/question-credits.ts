// Per-question credit tables of the scoring model (signet-scoring@2.0.0), by question id: an entry
// whose question a questionnaire version lacks is simply not used for that version (idp-exposure@1
// has none of the questions @2 added).
//
// Every scored question maps its answer to a credit in 0..1 (1 = best practice) or null (not
// applicable: excluded from the section's denominator, so N/A never lowers a score). A section score
// is 100 × Σ(weight × credit) / Σ(weight) over its answered, visible, scored questions.
//
// Follow-ups hidden because their gate has the SAFE answer (no own token issuer, no own sign-in apps,
// no policy exclusions) score full credit: the risk they ask about does not exist. Follow-ups hidden
// for other reasons (e.g. Entra-only questions without Entra ID) are left out like N/A.
import type { TAnswerValue, TCondition } from '@/lib/questionnaire';

export type TCreditFunction = (value: TAnswerValue) => number | null;

export type TQuestionScoring = {
  questionId: string;
  /** Relative importance inside the section. */
  weight: number;
  credit: TCreditFunction;
  fullCreditWhenHidden?: TCondition;
};

function byOption(credits: Readonly<Record<string, number | null>>): TCreditFunction {
  const table = new Map(Object.entries(credits));
  // A Map keeps null (not applicable) apart from "missing" (an unlisted option scores 0).
  return (value) => (typeof value === 'string' && table.has(value) ? table.get(value)! : 0);
}

/** Multi-choice where each selected option removes credit; 'none' = 1, 'dont_know' = 0. */
function riskyMulti(penalties: Readonly<Record<string, number>>): TCreditFunction {
  return (value) => {
    if (!Array.isArray(value) || value.includes('dont_know')) return 0;
    let credit = 1;
    for (const id of value) credit -= penalties[id] ?? 0;
    return Math.max(0, credit);
  };
}

/** Multi-choice where each selected option adds credit; 'none' and 'dont_know' = 0. */
function protectiveMulti(bonuses: Readonly<Record<string, number>>): TCreditFunction {
  return (value) => {
    if (!Array.isArray(value)) return 0;
    let credit = 0;
    for (const id of value) credit += bonuses[id] ?? 0;
    return Math.min(1, credit);
  };
}

/** Step function for "higher is safer": the first step whose threshold the value reaches. */
function atLeast(steps: ReadonlyArray<readonly [number, number]>, otherwise: number): TCreditFunction {
  return (value) => {
    if (typeof value !== 'number') return 0;
    for (const [threshold, credit] of steps) if (value >= threshold) return credit;
    return otherwise;
  };
}

/** Step function for "lower is safer": the first step whose ceiling the value stays within. */
function atMost(steps: ReadonlyArray<readonly [number, number]>, otherwise: number): TCreditFunction {
  return (value) => {
    if (typeof value !== 'number') return 0;
    for (const [ceiling, credit] of steps) if (value <= ceiling) return credit;
    return otherwise;
  };
}

/** Credit by distance from a safe band (both sides treated alike). */
function bandDistance(
  low: number,
  high: number,
  steps: ReadonlyArray<readonly [number, number]>,
  otherwise: number,
): TCreditFunction {
  return (value) => {
    if (typeof value !== 'number') return 0;
    const distance = Math.max(0, low - value, value - high);
    for (const [maxDistance, credit] of steps) if (distance <= maxDistance) return credit;
    return otherwise;
  };
}

function proportional(): TCreditFunction {
  return (value) => (typeof value === 'number' ? value / 100 : 0);
}

const YES_GOOD = byOption({ yes: 1, no: 0, dont_know: 0, not_applicable: null });

export const QUESTION_SCORING: readonly TQuestionScoring[] = [
  // landscape
  { questionId: 'dep_tenant_count', weight: 1, credit: atMost([[1, 1], [2, 0.8], [3, 0.7], [5, 0.5], [10, 0.3]], 0.1) },
  {
    questionId: 'dep_ad_connection',
    weight: 2,
    credit: byOption({ cloud_only: 1, password_hash_sync: 0.85, pass_through: 0.6, federation_adfs: 0.3, dont_know: 0 }),
  },
  { questionId: 'dep_consumer_accounts', weight: 2, credit: byOption({ blocked: 1, guests_only: 0.7, tolerated: 0.2, dont_know: 0 }) },
  { questionId: 'dep_outage_fallback', weight: 1.5, credit: YES_GOOD },
  {
    questionId: 'dep_shared_workforce_customer_idp',
    weight: 1.5,
    credit: byOption({ separate: 1, shared: 0.2, dont_know: 0, no_customer_identities: null }),
  },

  // authentication
  {
    // "Don't know" (idp-exposure@2) is not a number: 0, like no MFA at all (and a knock-out finding).
    questionId: 'auth_mfa_coverage',
    weight: 3,
    credit: atLeast([[100, 1], [98, 0.85], [95, 0.7], [90, 0.5], [75, 0.25], [50, 0.1]], 0),
  },
  { questionId: 'auth_phishing_resistant_share', weight: 2, credit: proportional() },
  { questionId: 'auth_admin_phishing_resistant', weight: 2.5, credit: byOption({ all: 1, some: 0.4, none: 0, dont_know: 0 }) },
  { questionId: 'auth_weak_methods', weight: 1, credit: riskyMulti({ sms: 0.4, voice_call: 0.4, email_otp: 0.3 }) },
  { questionId: 'auth_number_matching', weight: 1.5, credit: YES_GOOD },
  { questionId: 'auth_remote_access_mfa', weight: 1.5, credit: YES_GOOD },
  { questionId: 'auth_legacy_blocked', weight: 3, credit: byOption({ fully: 1, with_exceptions: 0.5, no: 0, dont_know: 0 }) },
  { questionId: 'auth_device_code_blocked', weight: 1, credit: YES_GOOD },
  {
    questionId: 'auth_risk_based_blocking',
    weight: 1.5,
    credit: byOption({ both: 1, one: 0.5, neither: 0, no_licence: 0, dont_know: 0 }),
  },
  {
    questionId: 'auth_managed_device_required',
    weight: 1.5,
    credit: byOption({ all_users: 1, admins_only: 0.5, none: 0, dont_know: 0 }),
  },
  { questionId: 'auth_ca_exclusions', weight: 1, credit: atMost([[0, 1], [5, 0.8], [20, 0.5], [100, 0.25]], 0) },
  {
    questionId: 'auth_ca_exclusions_documented',
    weight: 1,
    credit: YES_GOOD,
    fullCreditWhenHidden: { q: 'auth_ca_exclusions', equals: 0 },
  },

  // privileged access
  { questionId: 'priv_global_admin_count', weight: 1.5, credit: bandDistance(2, 8, [[0, 1], [2, 0.6], [7, 0.4], [22, 0.2]], 0) },
  { questionId: 'priv_jit', weight: 3, credit: byOption({ yes: 1, partially: 0.5, no: 0, dont_know: 0 }) },
  {
    questionId: 'priv_pim_approval_alerts',
    weight: 1.5,
    credit: byOption({ both: 1, approval_only: 0.5, alerts_only: 0.5, neither: 0, dont_know: 0 }),
  },
  { questionId: 'priv_cloud_only_admins', weight: 2, credit: YES_GOOD },
  // 1.5 until 2.0.0: an emergency account matters, but less than the incident's controls below.
  { questionId: 'priv_break_glass', weight: 1, credit: YES_GOOD },
  { questionId: 'priv_admin_workstations', weight: 1, credit: byOption({ all_admins: 1, some_admins: 0.5, no: 0, dont_know: 0 }) },
  {
    questionId: 'priv_admin_workstation_edr',
    weight: 1.5,
    credit: byOption({ all_admins: 1, some_admins: 0.5, none: 0, dont_know: 0 }),
  },
  {
    questionId: 'priv_delegated_partners',
    weight: 1.5,
    credit: byOption({ none: 1, bound_by_policies: 0.8, not_bound: 0, dont_know: 0 }),
  },

  // token and key hygiene
  {
    questionId: 'tok_session_lifetime',
    weight: 1.5,
    credit: byOption({ up_to_4h: 1, up_to_12h: 1, up_to_24h: 0.7, up_to_7d: 0.35, not_restricted: 0, dont_know: 0 }),
  },
  { questionId: 'tok_mitigations', weight: 1.5, credit: protectiveMulti({ continuous_access_evaluation: 0.5, token_protection: 0.5 }) },
  { questionId: 'tok_revocation', weight: 1, credit: byOption({ tested: 1, documented: 0.5, no: 0, dont_know: 0 }) },
  {
    questionId: 'tok_app_credentials',
    weight: 1,
    credit: byOption({ certificates_or_managed: 1, secrets_max_180d: 0.6, secrets_long_lived: 0.1, dont_know: 0 }),
  },
  // The Storm-0558 and Golden SAML controls weigh most in the section since 2.0.0 (issuer validation
  // 3 -> 5, key storage 2 -> 4, key rotation 1.5 -> 3.5, roll-over 1 -> 1.5).
  {
    questionId: 'tok_issuer_validation',
    weight: 5,
    credit: byOption({ all: 1, some: 0.3, none: 0, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'tok_own_signin_apps', equals: 'no' },
  },
  {
    questionId: 'tok_account_types',
    weight: 1.5,
    credit: byOption({ own_tenant_only: 1, any_work_tenant: 0.5, work_and_personal: 0.1, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'tok_own_signin_apps', equals: 'no' },
  },
  {
    questionId: 'tok_immutable_user_claims',
    weight: 2.5,
    credit: byOption({ all: 1, some: 0.4, none: 0, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'tok_own_signin_apps', equals: 'no' },
  },
  {
    questionId: 'key_self_issuers',
    weight: 1.5,
    credit: riskyMulti({ adfs: 0.5, keycloak: 0.35, custom_oidc_saml: 0.4, other_issuer: 0.35 }),
  },
  {
    questionId: 'key_storage',
    weight: 4,
    credit: byOption({ hsm_or_kms: 1, software_keystore: 0.1, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'key_self_issuers', includes: 'none' },
  },
  {
    questionId: 'key_rotation',
    weight: 3.5,
    credit: byOption({ automated_90d: 1, within_1y: 0.6, over_1y: 0.2, never: 0, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'key_self_issuers', includes: 'none' },
  },
  {
    questionId: 'key_emergency_rollover',
    weight: 1.5,
    credit: byOption({ tested: 1, untested: 0.5, no: 0, dont_know: 0 }),
    fullCreditWhenHidden: { q: 'key_self_issuers', includes: 'none' },
  },
  {
    questionId: 'key_debug_artifacts',
    weight: 1,
    credit: YES_GOOD,
    fullCreditWhenHidden: { q: 'key_self_issuers', includes: 'none' },
  },

  // third-party apps and consent
  { questionId: 'app_user_registration', weight: 1, credit: byOption({ no: 1, yes: 0, dont_know: 0 }) },
  {
    questionId: 'app_user_consent',
    weight: 2,
    credit: byOption({ admin_consent_workflow: 1, verified_low_risk: 0.6, unrestricted: 0, dont_know: 0 }),
  },
  { questionId: 'app_privileged_review', weight: 1.5, credit: byOption({ quarterly: 1, annually: 0.5, never: 0, dont_know: 0 }) },
  {
    questionId: 'app_mail_access_apps',
    weight: 2,
    credit: byOption({ none: 1, one_to_three: 0.8, four_to_ten: 0.4, more_than_ten: 0.1, dont_know: 0 }),
  },
  { questionId: 'app_guest_restrictions', weight: 1.5, credit: byOption({ both: 1, one: 0.5, neither: 0, dont_know: 0 }) },
  { questionId: 'app_cross_tenant_default', weight: 1.5, credit: YES_GOOD },

  // cloud mail and collaboration
  { questionId: 'mail_external_forwarding_blocked', weight: 1.5, credit: YES_GOOD },
  {
    questionId: 'mail_external_sharing',
    weight: 1.5,
    credit: byOption({ disabled: 1, restricted: 0.8, anyone_links: 0.1, dont_know: 0 }),
  },
  { questionId: 'mail_sensitive_protection', weight: 1, credit: YES_GOOD },

  // logging and detection
  { questionId: 'log_unified_audit', weight: 3, credit: YES_GOOD },
  // Mail-access events exposed Storm-0558: 3 -> 5 since 2.0.0; watching them 2 -> 3.
  { questionId: 'log_mail_access_events', weight: 5, credit: byOption({ all: 1, some: 0.4, none: 0, dont_know: 0 }) },
  {
    questionId: 'log_retention',
    weight: 2.5,
    credit: byOption({ over_one_year: 1, one_year: 0.9, days_180: 0.6, days_90: 0.3, under_90_days: 0, dont_know: 0 }),
  },
  { questionId: 'log_siem', weight: 2, credit: byOption({ all: 1, some: 0.5, none: 0, dont_know: 0 }) },
  {
    questionId: 'log_mail_anomaly_detection',
    weight: 3,
    credit: byOption({ around_the_clock: 1, business_hours: 0.5, nobody: 0, dont_know: 0 }),
  },
  { questionId: 'log_token_anomaly_alerts', weight: 1.5, credit: YES_GOOD },

  // incident response and recovery
  { questionId: 'ir_idp_playbook', weight: 3, credit: YES_GOOD },
  {
    questionId: 'ir_last_exercise',
    weight: 1.5,
    credit: byOption({ within_6_months: 1, within_12_months: 0.8, within_24_months: 0.4, over_24_months: 0.15, never: 0 }),
  },
  { questionId: 'ir_insurer_notification_known', weight: 1, credit: YES_GOOD },
  { questionId: 'ir_log_preservation', weight: 1.5, credit: YES_GOOD },
  {
    questionId: 'ir_backups',
    weight: 2,
    // Cloud files (SharePoint/OneDrive, Google Drive) count since signet-scoring@1.1.0.
    credit: byOption({ mail_files_and_config: 1, mail_and_config: 0.8, mail_only: 0.5, config_only: 0.5, neither: 0, dont_know: 0 }),
  },

  // governance
  {
    questionId: 'gov_baseline_assessment',
    weight: 1.5,
    credit: byOption({ continuous: 1, quarterly: 0.8, annually: 0.4, never: 0, dont_know: 0 }),
  },
  {
    questionId: 'gov_licence_tier',
    weight: 1,
    credit: byOption({ e5_g5: 1, e3_or_business_premium: 0.7, other_basic: 0.3, dont_know: 0 }),
  },
];

/**
 * Questions that describe the insured rather than a control. They do not enter the section scores
 * but move other outputs: visibility, master-key exposure, loss estimate, premium, insurability,
 * playbook or monitoring plan (docs/scoring-model.md). gov_secure_score_identity is informational.
 */
export const CONTEXT_QUESTION_IDS: readonly string[] = [
  'dep_idps',
  'dep_mail_platform',
  'dep_sso_share',
  'tok_own_signin_apps',
  'mail_collab_services',
  'mail_sensitive_data',
  'ir_last_exercise_date',
  'key_last_rotation_date',
  'bp_industry',
  'bp_country',
  'bp_revenue_band',
  'bp_employees',
  'bp_records_band',
  'bp_public_sector_customers',
  'bp_nis2_scope',
  'bp_prior_incidents',
  'bp_requested_limit',
];
