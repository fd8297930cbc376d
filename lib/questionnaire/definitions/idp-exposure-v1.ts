// idp-exposure@1 — the identity-provider ("master key") exposure questionnaire.
//
// Released ids and logic never change within a version: stored answers and stored scores refer to
// them. Rewording lives in the message catalogs; a change of meaning needs idp-exposure@2 next to
// this file, registered in ../registry.ts, while @1 stays loadable.
// idp-exposure@1 was pre-release until it landed with signet-scoring@1.1.0 (no assessment had been
// stored except the regenerated demo seed); its meaning changed once then ("don't know" on a gate
// shows the follow-ups; ir_backups mail_and_config now excludes cloud files). It is released from
// that landing on: the next change of meaning is idp-exposure@2.
//
// Safety ranks (higher = safer) order each control question's options; the scoring must respect
// them (property-tested). 'dont_know' ranks lowest: on critical items it scores below 'no'.
// Context questions (landscape, business profile) carry no rank: they describe the insured.
import type { TCondition, TOption, TQuestion, TQuestionnaire } from '../types';

export const IDP_EXPOSURE_V1 = 'idp-exposure@1';

const USES_ENTRA_ID: TCondition = { q: 'dep_idps', includes: 'entra_id' };
// Follow-ups of a gate are shown for "yes" AND for "don't know": an unknown gate must be resolved by
// its follow-ups. Hiding them would let "don't know" score like the safe answer, because hidden
// follow-ups are neither asked nor counted (tested for every gate with a "don't know" option).
const RUNS_OWN_TOKEN_ISSUER: TCondition = {
  q: 'key_self_issuers',
  includesAny: ['adfs', 'keycloak', 'custom_oidc_saml', 'other_issuer', 'dont_know'],
};
const OFFERS_OWN_SIGN_IN_APPS: TCondition = { q: 'tok_own_signin_apps', in: ['yes', 'dont_know'] };

/** Yes/no control question; `safe` names the safer answer. */
function yesNo(options: { safe: 'yes' | 'no'; dontKnow?: boolean; notApplicable?: boolean }): TOption[] {
  const result: TOption[] = [
    { id: 'yes', safety: options.safe === 'yes' ? 2 : 1 },
    { id: 'no', safety: options.safe === 'no' ? 2 : 1 },
  ];
  if (options.dontKnow !== false) result.push({ id: 'dont_know', safety: 0 });
  if (options.notApplicable) result.push({ id: 'not_applicable' });
  return result;
}

/** Options ranked from safest (first) to riskiest (last); equal ranks via nested arrays. */
function ranked(...ids: Array<string | readonly string[]>): TOption[] {
  return ids.flatMap((entry, index) => {
    const safety = ids.length - 1 - index;
    return typeof entry === 'string' ? [{ id: entry, safety }] : entry.map((id) => ({ id, safety }));
  });
}

/** Options of a context question: no safety order. */
function plain(...ids: string[]): TOption[] {
  return ids.map((id) => ({ id }));
}

const NONE: TOption = { id: 'none', exclusive: true };
const DONT_KNOW: TOption = { id: 'dont_know', exclusive: true };

const questions: TQuestion[] = [
  // --- Identity-provider landscape and concentration -------------------------------------------
  {
    id: 'dep_idps',
    sectionId: 'landscape',
    type: 'multi',
    required: true,
    options: plain('entra_id', 'okta', 'google_workspace', 'ping_identity', 'on_prem_ad', 'other_idp'),
    catalogueRef: 'DEP-01',
  },
  {
    id: 'dep_mail_platform',
    sectionId: 'landscape',
    type: 'single',
    required: true,
    options: plain('exchange_online', 'exchange_hybrid', 'google_workspace', 'exchange_on_prem', 'other_mail'),
    catalogueRef: 'DEP-02',
  },
  {
    id: 'dep_tenant_count',
    sectionId: 'landscape',
    type: 'integer',
    required: true,
    min: 1,
    max: 500,
    safer: 'lower',
    catalogueRef: 'DEP-03',
  },
  {
    id: 'dep_ad_connection',
    sectionId: 'landscape',
    type: 'single',
    required: true,
    visibleWhen: USES_ENTRA_ID,
    options: ranked('cloud_only', 'password_hash_sync', 'pass_through', 'federation_adfs', 'dont_know'),
    catalogueRef: 'DEP-04',
  },
  {
    id: 'dep_sso_share',
    sectionId: 'landscape',
    type: 'percentage',
    required: true,
    min: 0,
    max: 100,
    // Central SSO is good hygiene but widens what one forged token opens: it moves the master-key
    // exposure, not the control score, so "lower" is the less exposed direction.
    safer: 'lower',
    catalogueRef: 'DEP-05',
  },
  {
    id: 'dep_consumer_accounts',
    sectionId: 'landscape',
    type: 'single',
    required: true,
    options: ranked('blocked', 'guests_only', 'tolerated', 'dont_know'),
  },
  {
    id: 'dep_outage_fallback',
    sectionId: 'landscape',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'DEP-07',
  },

  // --- Authentication strength --------------------------------------------------------------------
  {
    id: 'auth_mfa_coverage',
    sectionId: 'authentication',
    type: 'percentage',
    required: true,
    critical: true,
    min: 0,
    max: 100,
    safer: 'higher',
    baselineRefs: ['MS.AAD.3.2v2'],
    catalogueRef: 'AUTH-01',
  },
  {
    id: 'auth_phishing_resistant_share',
    sectionId: 'authentication',
    type: 'percentage',
    required: true,
    min: 0,
    max: 100,
    safer: 'higher',
    baselineRefs: ['MS.AAD.3.1v1'],
    catalogueRef: 'AUTH-02',
  },
  {
    id: 'auth_admin_phishing_resistant',
    sectionId: 'authentication',
    type: 'single',
    required: true,
    options: ranked('all', 'some', 'none', 'dont_know'),
    baselineRefs: ['MS.AAD.3.6v1'],
    catalogueRef: 'AUTH-03',
  },
  {
    id: 'auth_weak_methods',
    sectionId: 'authentication',
    type: 'multi',
    required: true,
    options: [
      { id: 'sms', effect: 'risky' },
      { id: 'voice_call', effect: 'risky' },
      { id: 'email_otp', effect: 'risky' },
      NONE,
      DONT_KNOW,
    ],
    baselineRefs: ['MS.AAD.3.5v2'],
    catalogueRef: 'AUTH-04',
  },
  {
    id: 'auth_remote_access_mfa',
    sectionId: 'authentication',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes', notApplicable: true }),
    catalogueRef: 'AUTH-05',
  },
  {
    id: 'auth_legacy_blocked',
    sectionId: 'authentication',
    type: 'single',
    required: true,
    critical: true,
    options: ranked('fully', 'with_exceptions', 'no', 'dont_know'),
    baselineRefs: ['MS.AAD.1.1v1', 'MS.EXO.5.1v1', 'MT.1009', 'MT.1010'],
    catalogueRef: 'AUTH-06',
  },
  {
    id: 'auth_device_code_blocked',
    sectionId: 'authentication',
    type: 'yes_no',
    required: true,
    visibleWhen: USES_ENTRA_ID,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MS.AAD.3.9v1', 'MT.1052'],
    catalogueRef: 'AUTH-07',
  },
  {
    id: 'auth_risk_based_blocking',
    sectionId: 'authentication',
    type: 'single',
    required: true,
    options: ranked('both', 'one', ['neither', 'no_licence'], 'dont_know'),
    baselineRefs: ['MS.AAD.2.1v1', 'MS.AAD.2.3v1'],
    catalogueRef: 'CA-01',
  },
  {
    id: 'auth_managed_device_required',
    sectionId: 'authentication',
    type: 'single',
    required: true,
    options: ranked('all_users', 'admins_only', 'none', 'dont_know'),
    baselineRefs: ['MS.AAD.3.7v1', 'MT.1014'],
    catalogueRef: 'CA-02',
  },
  {
    id: 'auth_ca_exclusions',
    sectionId: 'authentication',
    type: 'integer',
    required: true,
    min: 0,
    max: 10000,
    safer: 'lower',
    catalogueRef: 'CA-05',
  },
  {
    id: 'auth_ca_exclusions_documented',
    sectionId: 'authentication',
    type: 'yes_no',
    required: true,
    visibleWhen: { q: 'auth_ca_exclusions', gt: 0 },
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'CA-06',
  },

  // --- Privileged access --------------------------------------------------------------------------
  {
    id: 'priv_global_admin_count',
    sectionId: 'privileged_access',
    type: 'integer',
    required: true,
    min: 1,
    max: 10000,
    safer: { band: [2, 8] },
    baselineRefs: ['MS.AAD.7.1v1'],
    catalogueRef: 'PRIV-01',
  },
  {
    id: 'priv_jit',
    sectionId: 'privileged_access',
    type: 'single',
    required: true,
    critical: true,
    options: ranked('yes', 'partially', 'no', 'dont_know'),
    baselineRefs: ['MS.AAD.7.4v1', 'MS.AAD.7.5v1', 'MT.1031'],
    catalogueRef: 'PRIV-02',
  },
  {
    id: 'priv_cloud_only_admins',
    sectionId: 'privileged_access',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MS.AAD.7.3v1'],
    catalogueRef: 'PRIV-03',
  },
  {
    id: 'priv_break_glass',
    sectionId: 'privileged_access',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MT.1005'],
    catalogueRef: 'PRIV-05',
  },
  {
    id: 'priv_admin_workstations',
    sectionId: 'privileged_access',
    type: 'single',
    required: true,
    options: ranked('all_admins', 'some_admins', 'no', 'dont_know'),
  },
  {
    id: 'priv_delegated_partners',
    sectionId: 'privileged_access',
    type: 'single',
    required: true,
    options: ranked('none', 'bound_by_policies', 'not_bound', 'dont_know'),
    catalogueRef: 'GOV-03',
  },

  // --- Token and key hygiene -------------------------------------------------------------------------
  {
    id: 'tok_session_lifetime',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    options: ranked(['up_to_4h', 'up_to_12h'], 'up_to_24h', 'up_to_7d', 'not_restricted', 'dont_know'),
    baselineRefs: ['MT.1017', 'MT.1018'],
    catalogueRef: 'CA-03',
  },
  {
    id: 'tok_mitigations',
    sectionId: 'tokens_keys',
    type: 'multi',
    required: true,
    options: [
      { id: 'continuous_access_evaluation', effect: 'protective' },
      { id: 'token_protection', effect: 'protective' },
      NONE,
      DONT_KNOW,
    ],
    catalogueRef: 'CA-04',
  },
  {
    id: 'tok_revocation',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    options: ranked('tested', 'documented', 'no', 'dont_know'),
  },
  {
    id: 'tok_app_credentials',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    options: ranked('certificates_or_managed', 'secrets_max_180d', 'secrets_long_lived', 'dont_know'),
    baselineRefs: ['MS.AAD.5.5v1', 'MS.AAD.5.6v1', 'MS.AAD.5.7v1'],
    catalogueRef: 'APP-03',
  },
  {
    id: 'tok_own_signin_apps',
    sectionId: 'tokens_keys',
    type: 'yes_no',
    required: true,
    // Context, not a control: it opens the issuer-validation questions below.
    options: plain('yes', 'no', 'dont_know'),
    catalogueRef: 'APP-07',
  },
  {
    id: 'tok_issuer_validation',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    critical: true,
    visibleWhen: OFFERS_OWN_SIGN_IN_APPS,
    options: ranked('all', 'some', 'none', 'dont_know'),
    catalogueRef: 'APP-08',
  },
  {
    id: 'tok_account_types',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    visibleWhen: OFFERS_OWN_SIGN_IN_APPS,
    options: ranked('own_tenant_only', 'any_work_tenant', 'work_and_personal', 'dont_know'),
    catalogueRef: 'APP-09',
  },
  {
    id: 'key_self_issuers',
    sectionId: 'tokens_keys',
    type: 'multi',
    required: true,
    options: [
      { id: 'adfs', effect: 'risky' },
      { id: 'keycloak', effect: 'risky' },
      { id: 'custom_oidc_saml', effect: 'risky' },
      { id: 'other_issuer', effect: 'risky' },
      NONE,
      DONT_KNOW,
    ],
    catalogueRef: 'KEY-01',
  },
  {
    id: 'key_storage',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    visibleWhen: RUNS_OWN_TOKEN_ISSUER,
    options: ranked('hsm_or_kms', 'software_keystore', 'dont_know'),
    catalogueRef: 'KEY-02',
  },
  {
    id: 'key_rotation',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    visibleWhen: RUNS_OWN_TOKEN_ISSUER,
    options: ranked('automated_90d', 'within_1y', 'over_1y', 'never', 'dont_know'),
    catalogueRef: 'KEY-03',
  },
  {
    id: 'key_emergency_rollover',
    sectionId: 'tokens_keys',
    type: 'single',
    required: true,
    visibleWhen: RUNS_OWN_TOKEN_ISSUER,
    options: ranked('tested', 'untested', 'no', 'dont_know'),
    catalogueRef: 'KEY-04',
  },
  {
    id: 'key_debug_artifacts',
    sectionId: 'tokens_keys',
    type: 'yes_no',
    required: true,
    visibleWhen: RUNS_OWN_TOKEN_ISSUER,
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'KEY-05',
  },

  // --- Third-party apps and consent ------------------------------------------------------------------
  {
    id: 'app_user_registration',
    sectionId: 'third_party_apps',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'no' }),
    baselineRefs: ['MS.AAD.5.1v1'],
    catalogueRef: 'APP-01',
  },
  {
    id: 'app_user_consent',
    sectionId: 'third_party_apps',
    type: 'single',
    required: true,
    options: ranked('admin_consent_workflow', 'verified_low_risk', 'unrestricted', 'dont_know'),
    baselineRefs: ['MS.AAD.5.2v1', 'MS.AAD.5.3v1'],
    catalogueRef: 'APP-02',
  },
  {
    id: 'app_privileged_review',
    sectionId: 'third_party_apps',
    type: 'single',
    required: true,
    options: ranked('quarterly', 'annually', 'never', 'dont_know'),
    baselineRefs: ['MT.1027'],
    catalogueRef: 'PRIV-06',
  },
  {
    id: 'app_mail_access_apps',
    sectionId: 'third_party_apps',
    type: 'single',
    required: true,
    options: ranked('none', 'one_to_three', 'four_to_ten', 'more_than_ten', 'dont_know'),
  },

  // --- Cloud mail and collaboration exposure ----------------------------------------------------
  {
    id: 'mail_collab_services',
    sectionId: 'mail_collaboration',
    type: 'multi',
    required: true,
    options: [
      ...plain('sharepoint_onedrive', 'teams', 'google_drive', 'slack', 'box_dropbox', 'other_collab'),
      NONE,
    ],
  },
  {
    id: 'mail_sensitive_data',
    sectionId: 'mail_collaboration',
    type: 'multi',
    required: true,
    options: [
      { id: 'customer_personal_data', effect: 'risky' },
      { id: 'special_category_data', effect: 'risky' },
      { id: 'payment_card_data', effect: 'risky' },
      { id: 'trade_secrets', effect: 'risky' },
      { id: 'credentials_secrets', effect: 'risky' },
      { id: 'privileged_legal', effect: 'risky' },
      NONE,
      DONT_KNOW,
    ],
  },
  {
    id: 'mail_external_forwarding_blocked',
    sectionId: 'mail_collaboration',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MS.EXO.1.1v1'],
  },
  {
    id: 'mail_external_sharing',
    sectionId: 'mail_collaboration',
    type: 'single',
    required: true,
    options: ranked('disabled', 'restricted', 'anyone_links', 'dont_know'),
    baselineRefs: ['MS.SHAREPOINT.1.1v1'],
  },
  {
    id: 'mail_sensitive_protection',
    sectionId: 'mail_collaboration',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes', notApplicable: true }),
    baselineRefs: ['MS.DEFENDER.4.1v1'],
  },

  // --- Logging and detection ------------------------------------------------------------------------
  {
    id: 'log_unified_audit',
    sectionId: 'logging_detection',
    type: 'yes_no',
    required: true,
    critical: true,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MS.SECURITYSUITE.5.1v1', 'MS.DEFENDER.6.1v1'],
    catalogueRef: 'LOG-01',
  },
  {
    id: 'log_mail_access_events',
    sectionId: 'logging_detection',
    type: 'single',
    required: true,
    critical: true,
    options: ranked('all', 'some', 'none', 'dont_know'),
    catalogueRef: 'LOG-02',
  },
  {
    id: 'log_retention',
    sectionId: 'logging_detection',
    type: 'single',
    required: true,
    critical: true,
    options: ranked('over_one_year', 'one_year', 'days_180', 'days_90', 'under_90_days', 'dont_know'),
    catalogueRef: 'LOG-03',
  },
  {
    id: 'log_siem',
    sectionId: 'logging_detection',
    type: 'single',
    required: true,
    options: ranked('all', 'some', 'none', 'dont_know'),
    baselineRefs: ['MS.AAD.4.1v1'],
    catalogueRef: 'LOG-04',
  },
  {
    id: 'log_mail_anomaly_detection',
    sectionId: 'logging_detection',
    type: 'single',
    required: true,
    options: ranked('around_the_clock', 'business_hours', 'nobody', 'dont_know'),
    catalogueRef: 'LOG-05',
  },
  {
    id: 'log_token_anomaly_alerts',
    sectionId: 'logging_detection',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    baselineRefs: ['MS.AAD.2.2v1', 'MS.AAD.7.7v1'],
    catalogueRef: 'LOG-06',
  },

  // --- Incident response and recovery --------------------------------------------------------------
  {
    id: 'ir_idp_playbook',
    sectionId: 'incident_response',
    type: 'yes_no',
    required: true,
    critical: true,
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'IR-01',
  },
  {
    id: 'ir_last_exercise',
    sectionId: 'incident_response',
    type: 'single',
    required: true,
    options: ranked('within_6_months', 'within_12_months', 'within_24_months', 'over_24_months', 'never'),
    catalogueRef: 'IR-02',
  },
  {
    id: 'ir_last_exercise_date',
    sectionId: 'incident_response',
    type: 'date',
    required: false,
    visibleWhen: {
      q: 'ir_last_exercise',
      in: ['within_6_months', 'within_12_months', 'within_24_months', 'over_24_months'],
    },
    min: '2000-01-01',
    max: '2100-12-31',
    notInFuture: true,
  },
  {
    id: 'ir_insurer_notification_known',
    sectionId: 'incident_response',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'IR-03',
  },
  {
    id: 'ir_log_preservation',
    sectionId: 'incident_response',
    type: 'yes_no',
    required: true,
    options: yesNo({ safe: 'yes' }),
    catalogueRef: 'IR-04',
  },
  {
    id: 'ir_backups',
    sectionId: 'incident_response',
    type: 'single',
    required: true,
    // mail_files_and_config (with cloud files: SharePoint/OneDrive, Google Drive) was added before @1
    // was released, with signet-scoring@1.1.0. It CHANGED the meaning of mail_and_config, which now
    // reads as mail and identity configuration WITHOUT cloud files — allowed only because no answer
    // had been stored yet (see the header); such a change to a released version needs @2.
    options: ranked('mail_files_and_config', 'mail_and_config', ['mail_only', 'config_only'], 'neither', 'dont_know'),
    catalogueRef: 'IR-05',
  },

  // --- Governance and assurance ----------------------------------------------------------------------
  {
    id: 'gov_baseline_assessment',
    sectionId: 'governance',
    type: 'single',
    required: true,
    options: ranked('continuous', 'quarterly', 'annually', 'never', 'dont_know'),
    catalogueRef: 'GOV-01',
  },
  {
    id: 'gov_licence_tier',
    sectionId: 'governance',
    type: 'single',
    required: true,
    visibleWhen: {
      any: [USES_ENTRA_ID, { q: 'dep_mail_platform', in: ['exchange_online', 'exchange_hybrid'] }],
    },
    options: ranked('e5_g5', 'e3_or_business_premium', 'other_basic', 'dont_know'),
    catalogueRef: 'GOV-02',
  },
  {
    id: 'gov_secure_score_identity',
    sectionId: 'governance',
    type: 'percentage',
    required: false,
    visibleWhen: USES_ENTRA_ID,
    min: 0,
    max: 100,
    informational: true,
    informationalReason: 'cross_check_only',
    catalogueRef: 'GOV-04',
  },

  // --- Business profile (informational section: no score weight) --------------------------------
  {
    id: 'bp_industry',
    sectionId: 'business_profile',
    type: 'single',
    required: true,
    options: plain(
      'financial_services',
      'healthcare',
      'public_sector',
      'manufacturing',
      'retail_ecommerce',
      'professional_services',
      'technology_saas',
      'education',
      'energy_utilities',
      'other_industry',
    ),
  },
  {
    id: 'bp_country',
    sectionId: 'business_profile',
    type: 'single',
    required: true,
    options: plain('germany', 'austria', 'switzerland', 'other_eu_eea', 'united_kingdom', 'rest_of_world'),
  },
  {
    id: 'bp_revenue_band',
    sectionId: 'business_profile',
    type: 'single',
    required: true,
    options: plain('under_2m', 'from_2m_to_10m', 'from_10m_to_50m', 'from_50m_to_100m', 'from_100m_to_500m', 'over_500m'),
  },
  {
    id: 'bp_employees',
    sectionId: 'business_profile',
    type: 'integer',
    required: true,
    min: 1,
    max: 1_000_000,
  },
  {
    id: 'bp_records_band',
    sectionId: 'business_profile',
    type: 'single',
    required: true,
    options: plain('under_10k', 'from_10k_to_100k', 'from_100k_to_500k', 'from_500k_to_1m', 'over_1m', 'dont_know'),
    catalogueRef: 'DEP-08',
  },
  {
    id: 'bp_public_sector_customers',
    sectionId: 'business_profile',
    type: 'yes_no',
    required: true,
    options: plain('yes', 'no'),
  },
  {
    id: 'bp_nis2_scope',
    sectionId: 'business_profile',
    type: 'single',
    required: true,
    options: plain('essential', 'important', 'not_in_scope', 'dont_know'),
  },
  {
    id: 'bp_prior_incidents',
    sectionId: 'business_profile',
    type: 'integer',
    required: true,
    min: 0,
    max: 1000,
    safer: 'lower',
    catalogueRef: 'IR-06',
  },
  {
    id: 'bp_requested_limit',
    sectionId: 'business_profile',
    type: 'single',
    required: false,
    options: plain('up_to_1m', 'from_1m_to_3m', 'from_3m_to_5m', 'from_5m_to_10m', 'over_10m'),
  },
];

export const idpExposureV1: TQuestionnaire = {
  version: IDP_EXPOSURE_V1,
  sections: [
    { id: 'landscape' },
    { id: 'authentication' },
    { id: 'privileged_access' },
    { id: 'tokens_keys' },
    { id: 'third_party_apps' },
    { id: 'mail_collaboration' },
    { id: 'logging_detection' },
    { id: 'incident_response' },
    { id: 'governance' },
    { id: 'business_profile', informational: true },
  ],
  questions,
};
