import { describe, expect, test } from 'vitest';

import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { getQuestionnaire } from '@/lib/questionnaire';

import { evaluateRiskOfAnswers } from './evaluate-risk';
import { FINDING_RULES } from './findings';
import hardenedV2 from './fixtures/consistency-grade-a.json';

/** The hardened profile under idp-exposure@2 (the questions @2 added answered the safe way). */
const HARDENED = hardenedV2.answers as TAnswers;

/** One triggering patch (applied to the hardened profile) per finding rule. */
const TRIGGERS: Readonly<Record<string, Record<string, TAnswerValue>>> = {
  workforce_and_customers_share_idp: { dep_shared_workforce_customer_idp: 'shared' },
  mfa_coverage_unknown: { auth_mfa_coverage: 'dont_know' },
  push_mfa_without_number_matching: { auth_number_matching: 'no' },
  pim_activation_unguarded: { priv_pim_approval_alerts: 'neither' },
  pim_activation_partly_guarded: { priv_pim_approval_alerts: 'alerts_only' },
  admin_workstations_without_edr: { priv_admin_workstation_edr: 'none' },
  admin_workstations_partly_without_edr: { priv_admin_workstation_edr: 'some_admins' },
  users_identified_by_email: { tok_own_signin_apps: 'yes', tok_issuer_validation: 'all', tok_account_types: 'own_tenant_only', tok_immutable_user_claims: 'none' },
  users_identified_by_email_partly: { tok_own_signin_apps: 'yes', tok_issuer_validation: 'all', tok_account_types: 'own_tenant_only', tok_immutable_user_claims: 'some' },
  signing_key_forgeable: { key_self_issuers: ['adfs'], key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' },
  guest_access_unrestricted: { app_guest_restrictions: 'neither' },
  cross_tenant_inbound_open: { app_cross_tenant_default: 'no' },
  adfs_federation: { dep_ad_connection: 'federation_adfs' },
  ad_connection_unknown: { dep_ad_connection: 'dont_know' },
  tenant_sprawl: { dep_tenant_count: 4 },
  consumer_accounts_tolerated: { dep_consumer_accounts: 'tolerated' },
  idp_outage_fallback_missing: { dep_outage_fallback: 'dont_know' },
  mfa_not_enforced: { auth_mfa_coverage: 89.9 },
  mfa_coverage_gaps: { auth_mfa_coverage: 90 },
  phishing_resistant_mfa_low: { auth_phishing_resistant_share: 49 },
  admin_mfa_not_phishing_resistant: { auth_admin_phishing_resistant: 'some' },
  weak_mfa_methods_enabled: { auth_weak_methods: ['email_otp'] },
  remote_access_without_mfa: { auth_remote_access_mfa: 'no' },
  legacy_auth_not_blocked: { auth_legacy_blocked: 'dont_know' },
  legacy_auth_exceptions: { auth_legacy_blocked: 'with_exceptions' },
  device_code_flow_open: { auth_device_code_blocked: 'no' },
  risk_based_access_missing: { auth_risk_based_blocking: 'no_licence' },
  unmanaged_devices_allowed: { auth_managed_device_required: 'none' },
  unmanaged_devices_for_users: { auth_managed_device_required: 'admins_only' },
  ca_exclusions_undocumented: { auth_ca_exclusions_documented: 'no' },
  ca_exclusions_excessive: { auth_ca_exclusions: 21 },
  global_admin_count_out_of_band: { priv_global_admin_count: 9 },
  standing_privileged_access: { priv_jit: 'no' },
  partial_jit_access: { priv_jit: 'partially' },
  admins_not_cloud_only: { priv_cloud_only_admins: 'no' },
  break_glass_missing: { priv_break_glass: 'no' },
  admin_workstations_missing: { priv_admin_workstations: 'no' },
  delegated_partners_unbound: { priv_delegated_partners: 'not_bound' },
  long_token_sessions: { tok_session_lifetime: 'up_to_7d' },
  token_theft_mitigations_missing: { tok_mitigations: ['none'] },
  token_revocation_unproven: { tok_revocation: 'no' },
  long_lived_app_secrets: { tok_app_credentials: 'secrets_long_lived' },
  issuer_validation_missing: { tok_own_signin_apps: 'yes', tok_issuer_validation: 'none', tok_account_types: 'own_tenant_only' },
  issuer_validation_partial: { tok_own_signin_apps: 'yes', tok_issuer_validation: 'some', tok_account_types: 'own_tenant_only' },
  personal_accounts_accepted: { tok_own_signin_apps: 'yes', tok_issuer_validation: 'all', tok_account_types: 'work_and_personal' },
  own_signin_apps_unknown: { tok_own_signin_apps: 'dont_know', tok_issuer_validation: 'all', tok_account_types: 'own_tenant_only' },
  self_run_issuer_unknown: { key_self_issuers: ['dont_know'], key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' },
  signing_keys_unprotected: { key_self_issuers: ['keycloak'], key_storage: 'software_keystore', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' },
  signing_key_rotation_stale: { key_self_issuers: ['keycloak'], key_storage: 'hsm_or_kms', key_rotation: 'never', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' },
  key_rollover_untested: { key_self_issuers: ['keycloak'], key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'untested', key_debug_artifacts: 'yes' },
  debug_artifacts_uncontrolled: { key_self_issuers: ['keycloak'], key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'no' },
  users_can_register_apps: { app_user_registration: 'yes' },
  user_consent_unrestricted: { app_user_consent: 'unrestricted' },
  privileged_apps_unreviewed: { app_privileged_review: 'never' },
  broad_mail_access_apps: { app_mail_access_apps: 'more_than_ten' },
  mail_access_apps_numerous: { app_mail_access_apps: 'four_to_ten' },
  external_forwarding_allowed: { mail_external_forwarding_blocked: 'no' },
  anonymous_sharing_links: { mail_external_sharing: 'anyone_links' },
  sensitive_data_unprotected: { mail_sensitive_protection: 'no' },
  audit_log_disabled: { log_unified_audit: 'no' },
  mail_access_logging_missing: { log_mail_access_events: 'none' },
  mail_access_logging_partial: { log_mail_access_events: 'some' },
  log_retention_insufficient: { log_retention: 'under_90_days' },
  log_retention_short: { log_retention: 'days_90' },
  log_retention_below_one_year: { log_retention: 'days_180' },
  siem_forwarding_missing: { log_siem: 'none' },
  siem_forwarding_partial: { log_siem: 'some' },
  mail_anomaly_unmonitored: { log_mail_anomaly_detection: 'nobody' },
  mail_anomaly_business_hours: { log_mail_anomaly_detection: 'business_hours' },
  token_anomaly_alerts_missing: { log_token_anomaly_alerts: 'no' },
  idp_playbook_missing: { ir_idp_playbook: 'no' },
  ir_exercise_stale: { ir_last_exercise: 'never' },
  insurer_notification_unknown: { ir_insurer_notification_known: 'dont_know' },
  log_preservation_gap: { ir_log_preservation: 'no' },
  backups_missing: { ir_backups: 'neither' },
  backups_partial: { ir_backups: 'mail_and_config' },
  baseline_assessment_missing: { gov_baseline_assessment: 'never' },
  licence_limits_logging: { gov_licence_tier: 'other_basic' },
};

/** Answers just on the safe side of a threshold or otherwise not triggering, per finding rule. */
const NON_TRIGGERS: ReadonlyArray<[string, Record<string, TAnswerValue>]> = [
  ['mfa_not_enforced', { auth_mfa_coverage: 90 }],
  ['mfa_coverage_gaps', { auth_mfa_coverage: 100 }],
  ['phishing_resistant_mfa_low', { auth_phishing_resistant_share: 50 }],
  ['tenant_sprawl', { dep_tenant_count: 3 }],
  ['ca_exclusions_excessive', { auth_ca_exclusions: 20 }],
  ['global_admin_count_out_of_band', { priv_global_admin_count: 8 }],
  ['global_admin_count_out_of_band', { priv_global_admin_count: 2 }],
  ['issuer_validation_missing', { tok_own_signin_apps: 'no', tok_issuer_validation: 'none' }],
  ['signing_keys_unprotected', { key_self_issuers: ['none'], key_storage: 'software_keystore' }],
  ['sensitive_data_unprotected', { mail_sensitive_data: ['none'], mail_sensitive_protection: 'no' }],
  ['ca_exclusions_undocumented', { auth_ca_exclusions: 0, auth_ca_exclusions_documented: 'no' }],
  ['backups_partial', { ir_backups: 'mail_files_and_config' }],
  ['own_signin_apps_unknown', { tok_own_signin_apps: 'no' }],
  ['device_code_flow_open', { dep_idps: ['okta'], auth_device_code_blocked: 'no' }],
  ['mfa_coverage_unknown', { auth_mfa_coverage: 0 }],
  ['mfa_not_enforced', { auth_mfa_coverage: 'dont_know' }],
  ['signing_key_forgeable', { key_self_issuers: ['adfs'], key_storage: 'hsm_or_kms', key_rotation: 'never', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' }],
  ['signing_key_forgeable', { key_self_issuers: ['adfs'], key_storage: 'software_keystore', key_rotation: 'within_1y', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' }],
  ['pim_activation_unguarded', { priv_jit: 'no', priv_pim_approval_alerts: 'neither' }],
  ['cross_tenant_inbound_open', { dep_idps: ['okta'], app_cross_tenant_default: 'no' }],
];

function findingIds(patch: Record<string, TAnswerValue>): string[] {
  return evaluateRiskOfAnswers(getQuestionnaire('idp-exposure@2')!, { ...HARDENED, ...patch }).findings.map((finding) => finding.id);
}

describe('finding rules', () => {
  test('the hardened profile triggers no finding', () => {
    expect(findingIds({})).toEqual([]);
  });

  test('every rule has a trigger case in this table', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual(FINDING_RULES.map((rule) => rule.id).sort());
  });

  test.each(Object.entries(TRIGGERS))('%s triggers', (id, patch) => {
    expect(findingIds(patch)).toContain(id);
  });

  test.each(NON_TRIGGERS)('%s does not trigger on %j', (id, patch) => {
    expect(findingIds(patch)).not.toContain(id);
  });

  test('a finding reports the triggering questions with their answers', () => {
    const finding = evaluateRiskOfAnswers(getQuestionnaire('idp-exposure@2')!, { ...HARDENED, ...TRIGGERS.issuer_validation_missing }).findings.find((entry) => entry.id === 'issuer_validation_missing');
    expect(finding).toEqual({
      id: 'issuer_validation_missing',
      severity: 'critical',
      sectionId: 'tokens_keys',
      triggers: [
        { questionId: 'tok_own_signin_apps', answer: 'yes' },
        { questionId: 'tok_issuer_validation', answer: 'none' },
      ],
    });
  });

  test('rules read only questions of the same model and name their own section', () => {
    for (const rule of FINDING_RULES) {
      expect(rule.questionIds.length, rule.id).toBeGreaterThan(0);
      expect(rule.id, rule.id).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  test('"don\'t know" on a gate question is a finding and its follow-ups still count', () => {
    // The follow-ups are shown for an unknown gate, so their knock-outs apply as for "yes".
    expect(findingIds({ tok_own_signin_apps: 'dont_know', tok_issuer_validation: 'none', tok_account_types: 'own_tenant_only' })).toEqual(
      expect.arrayContaining(['own_signin_apps_unknown', 'issuer_validation_missing']),
    );
    expect(findingIds({ key_self_issuers: ['dont_know'], key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'no', key_debug_artifacts: 'no' })).toEqual(
      expect.arrayContaining(['self_run_issuer_unknown', 'signing_keys_unprotected', 'signing_key_rotation_stale']),
    );
  });

  test('the critical findings are exactly the knock-out rules', () => {
    expect(FINDING_RULES.filter((rule) => rule.severity === 'critical').map((rule) => rule.id).sort()).toEqual(
      [
        'audit_log_disabled',
        'idp_playbook_missing',
        'issuer_validation_missing',
        'legacy_auth_not_blocked',
        'log_retention_insufficient',
        'mail_access_logging_missing',
        'mfa_coverage_unknown',
        'mfa_not_enforced',
        'signing_key_forgeable',
        'standing_privileged_access',
      ].sort(),
    );
  });
});
