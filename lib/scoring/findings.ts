// Finding rules of the scoring model (signet-scoring@2.0.0). Each rule names the questions it reads (and reads no others:
// the what-if re-scoring reuses a rule's outcome while those answers are unchanged, property-tested);
// a finding reports those questions with the answers that triggered it. Severities follow the
// Maester scale (critical/high/medium/low); the critical ones are the knock-out items of the
// question catalogue plus the Storm-0558-specific issuer-validation gap. The master-key finding is
// added by the risk evaluation (evaluate-risk.ts) because it depends on the exposure indicator, not
// on one answer.
import type { AnswerView } from './answers';
import { SENSITIVE_CATEGORIES } from './master-key';
import type { TFinding, TSeverity } from './types';

export type TFindingRule = {
  id: string;
  severity: TSeverity;
  sectionId: string;
  questionIds: readonly string[];
  when: (answers: AnswerView) => boolean;
};

function answerIn(questionId: string, optionIds: readonly string[]): (answers: AnswerView) => boolean {
  return (answers) => answers.isOneOf(questionId, optionIds);
}

function selectsAny(questionId: string, optionIds: readonly string[]): (answers: AnswerView) => boolean {
  return (answers) => answers.selectsAny(questionId, optionIds);
}

function numberWhere(questionId: string, test: (value: number) => boolean): (answers: AnswerView) => boolean {
  return (answers) => {
    const value = answers.number(questionId);
    return value !== undefined && test(value);
  };
}

const HAS_SENSITIVE_DATA = selectsAny('mail_sensitive_data', [...SENSITIVE_CATEGORIES, 'dont_know']);

export const FINDING_RULES: readonly TFindingRule[] = [
  // landscape
  { id: 'adfs_federation', severity: 'medium', sectionId: 'landscape', questionIds: ['dep_ad_connection'], when: answerIn('dep_ad_connection', ['federation_adfs']) },
  { id: 'ad_connection_unknown', severity: 'medium', sectionId: 'landscape', questionIds: ['dep_ad_connection'], when: answerIn('dep_ad_connection', ['dont_know']) },
  { id: 'tenant_sprawl', severity: 'low', sectionId: 'landscape', questionIds: ['dep_tenant_count'], when: numberWhere('dep_tenant_count', (value) => value > 3) },
  { id: 'consumer_accounts_tolerated', severity: 'high', sectionId: 'landscape', questionIds: ['dep_consumer_accounts'], when: answerIn('dep_consumer_accounts', ['tolerated', 'dont_know']) },
  { id: 'idp_outage_fallback_missing', severity: 'medium', sectionId: 'landscape', questionIds: ['dep_outage_fallback'], when: answerIn('dep_outage_fallback', ['no', 'dont_know']) },
  { id: 'workforce_and_customers_share_idp', severity: 'medium', sectionId: 'landscape', questionIds: ['dep_shared_workforce_customer_idp'], when: answerIn('dep_shared_workforce_customer_idp', ['shared', 'dont_know']) },

  // authentication
  { id: 'mfa_not_enforced', severity: 'critical', sectionId: 'authentication', questionIds: ['auth_mfa_coverage'], when: numberWhere('auth_mfa_coverage', (value) => value < 90) },
  { id: 'mfa_coverage_unknown', severity: 'critical', sectionId: 'authentication', questionIds: ['auth_mfa_coverage'], when: answerIn('auth_mfa_coverage', ['dont_know']) },
  { id: 'mfa_coverage_gaps', severity: 'high', sectionId: 'authentication', questionIds: ['auth_mfa_coverage'], when: numberWhere('auth_mfa_coverage', (value) => value >= 90 && value < 100) },
  { id: 'phishing_resistant_mfa_low', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_phishing_resistant_share'], when: numberWhere('auth_phishing_resistant_share', (value) => value < 50) },
  { id: 'admin_mfa_not_phishing_resistant', severity: 'high', sectionId: 'authentication', questionIds: ['auth_admin_phishing_resistant'], when: answerIn('auth_admin_phishing_resistant', ['some', 'none', 'dont_know']) },
  { id: 'weak_mfa_methods_enabled', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_weak_methods'], when: selectsAny('auth_weak_methods', ['sms', 'voice_call', 'email_otp', 'dont_know']) },
  { id: 'push_mfa_without_number_matching', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_number_matching'], when: answerIn('auth_number_matching', ['no', 'dont_know']) },
  { id: 'remote_access_without_mfa', severity: 'high', sectionId: 'authentication', questionIds: ['auth_remote_access_mfa'], when: answerIn('auth_remote_access_mfa', ['no', 'dont_know']) },
  { id: 'legacy_auth_not_blocked', severity: 'critical', sectionId: 'authentication', questionIds: ['auth_legacy_blocked'], when: answerIn('auth_legacy_blocked', ['no', 'dont_know']) },
  { id: 'legacy_auth_exceptions', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_legacy_blocked'], when: answerIn('auth_legacy_blocked', ['with_exceptions']) },
  { id: 'device_code_flow_open', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_device_code_blocked'], when: answerIn('auth_device_code_blocked', ['no', 'dont_know']) },
  { id: 'risk_based_access_missing', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_risk_based_blocking'], when: answerIn('auth_risk_based_blocking', ['neither', 'no_licence', 'dont_know']) },
  { id: 'unmanaged_devices_allowed', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_managed_device_required'], when: answerIn('auth_managed_device_required', ['none', 'dont_know']) },
  { id: 'unmanaged_devices_for_users', severity: 'low', sectionId: 'authentication', questionIds: ['auth_managed_device_required'], when: answerIn('auth_managed_device_required', ['admins_only']) },
  { id: 'ca_exclusions_undocumented', severity: 'medium', sectionId: 'authentication', questionIds: ['auth_ca_exclusions', 'auth_ca_exclusions_documented'], when: answerIn('auth_ca_exclusions_documented', ['no', 'dont_know']) },
  { id: 'ca_exclusions_excessive', severity: 'low', sectionId: 'authentication', questionIds: ['auth_ca_exclusions'], when: numberWhere('auth_ca_exclusions', (value) => value > 20) },

  // privileged access
  { id: 'global_admin_count_out_of_band', severity: 'medium', sectionId: 'privileged_access', questionIds: ['priv_global_admin_count'], when: numberWhere('priv_global_admin_count', (value) => value < 2 || value > 8) },
  { id: 'standing_privileged_access', severity: 'critical', sectionId: 'privileged_access', questionIds: ['priv_jit'], when: answerIn('priv_jit', ['no', 'dont_know']) },
  { id: 'partial_jit_access', severity: 'medium', sectionId: 'privileged_access', questionIds: ['priv_jit'], when: answerIn('priv_jit', ['partially']) },
  { id: 'pim_activation_unguarded', severity: 'medium', sectionId: 'privileged_access', questionIds: ['priv_pim_approval_alerts'], when: answerIn('priv_pim_approval_alerts', ['neither', 'dont_know']) },
  { id: 'pim_activation_partly_guarded', severity: 'low', sectionId: 'privileged_access', questionIds: ['priv_pim_approval_alerts'], when: answerIn('priv_pim_approval_alerts', ['approval_only', 'alerts_only']) },
  { id: 'admins_not_cloud_only', severity: 'high', sectionId: 'privileged_access', questionIds: ['priv_cloud_only_admins'], when: answerIn('priv_cloud_only_admins', ['no', 'dont_know']) },
  { id: 'break_glass_missing', severity: 'medium', sectionId: 'privileged_access', questionIds: ['priv_break_glass'], when: answerIn('priv_break_glass', ['no', 'dont_know']) },
  { id: 'admin_workstations_missing', severity: 'low', sectionId: 'privileged_access', questionIds: ['priv_admin_workstations'], when: answerIn('priv_admin_workstations', ['no', 'dont_know']) },
  { id: 'admin_workstations_without_edr', severity: 'high', sectionId: 'privileged_access', questionIds: ['priv_admin_workstation_edr'], when: answerIn('priv_admin_workstation_edr', ['none', 'dont_know']) },
  { id: 'admin_workstations_partly_without_edr', severity: 'medium', sectionId: 'privileged_access', questionIds: ['priv_admin_workstation_edr'], when: answerIn('priv_admin_workstation_edr', ['some_admins']) },
  { id: 'delegated_partners_unbound', severity: 'high', sectionId: 'privileged_access', questionIds: ['priv_delegated_partners'], when: answerIn('priv_delegated_partners', ['not_bound', 'dont_know']) },

  // token and key hygiene
  { id: 'long_token_sessions', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_session_lifetime'], when: answerIn('tok_session_lifetime', ['up_to_7d', 'not_restricted', 'dont_know']) },
  { id: 'token_theft_mitigations_missing', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_mitigations'], when: selectsAny('tok_mitigations', ['none', 'dont_know']) },
  { id: 'token_revocation_unproven', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_revocation'], when: answerIn('tok_revocation', ['no', 'dont_know']) },
  { id: 'long_lived_app_secrets', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_app_credentials'], when: answerIn('tok_app_credentials', ['secrets_long_lived', 'dont_know']) },
  { id: 'issuer_validation_missing', severity: 'critical', sectionId: 'tokens_keys', questionIds: ['tok_own_signin_apps', 'tok_issuer_validation'], when: answerIn('tok_issuer_validation', ['none', 'dont_know']) },
  { id: 'issuer_validation_partial', severity: 'high', sectionId: 'tokens_keys', questionIds: ['tok_own_signin_apps', 'tok_issuer_validation'], when: answerIn('tok_issuer_validation', ['some']) },
  { id: 'personal_accounts_accepted', severity: 'high', sectionId: 'tokens_keys', questionIds: ['tok_account_types'], when: answerIn('tok_account_types', ['work_and_personal', 'dont_know']) },
  { id: 'users_identified_by_email', severity: 'high', sectionId: 'tokens_keys', questionIds: ['tok_own_signin_apps', 'tok_immutable_user_claims'], when: answerIn('tok_immutable_user_claims', ['none', 'dont_know']) },
  { id: 'users_identified_by_email_partly', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_own_signin_apps', 'tok_immutable_user_claims'], when: answerIn('tok_immutable_user_claims', ['some']) },
  { id: 'own_signin_apps_unknown', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['tok_own_signin_apps'], when: answerIn('tok_own_signin_apps', ['dont_know']) },
  { id: 'self_run_issuer_unknown', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['key_self_issuers'], when: selectsAny('key_self_issuers', ['dont_know']) },
  { id: 'signing_keys_unprotected', severity: 'high', sectionId: 'tokens_keys', questionIds: ['key_self_issuers', 'key_storage'], when: answerIn('key_storage', ['software_keystore', 'dont_know']) },
  { id: 'signing_key_rotation_stale', severity: 'high', sectionId: 'tokens_keys', questionIds: ['key_self_issuers', 'key_rotation'], when: answerIn('key_rotation', ['over_1y', 'never', 'dont_know']) },
  // Golden SAML: a self-run signer whose key sits in software and is never (or rarely) rotated lets
  // one theft forge tokens for years; a knock-out on its own, whatever the logging.
  {
    id: 'signing_key_forgeable',
    severity: 'critical',
    sectionId: 'tokens_keys',
    questionIds: ['key_self_issuers', 'key_storage', 'key_rotation'],
    when: (answers) => answers.isOneOf('key_storage', ['software_keystore', 'dont_know']) && answers.isOneOf('key_rotation', ['over_1y', 'never', 'dont_know']),
  },
  { id: 'key_rollover_untested', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['key_emergency_rollover'], when: answerIn('key_emergency_rollover', ['untested', 'no', 'dont_know']) },
  { id: 'debug_artifacts_uncontrolled', severity: 'medium', sectionId: 'tokens_keys', questionIds: ['key_debug_artifacts'], when: answerIn('key_debug_artifacts', ['no', 'dont_know']) },

  // third-party apps and consent
  { id: 'users_can_register_apps', severity: 'low', sectionId: 'third_party_apps', questionIds: ['app_user_registration'], when: answerIn('app_user_registration', ['yes', 'dont_know']) },
  { id: 'user_consent_unrestricted', severity: 'high', sectionId: 'third_party_apps', questionIds: ['app_user_consent'], when: answerIn('app_user_consent', ['unrestricted', 'dont_know']) },
  { id: 'privileged_apps_unreviewed', severity: 'medium', sectionId: 'third_party_apps', questionIds: ['app_privileged_review'], when: answerIn('app_privileged_review', ['never', 'dont_know']) },
  { id: 'broad_mail_access_apps', severity: 'high', sectionId: 'third_party_apps', questionIds: ['app_mail_access_apps'], when: answerIn('app_mail_access_apps', ['more_than_ten', 'dont_know']) },
  { id: 'mail_access_apps_numerous', severity: 'medium', sectionId: 'third_party_apps', questionIds: ['app_mail_access_apps'], when: answerIn('app_mail_access_apps', ['four_to_ten']) },
  { id: 'guest_access_unrestricted', severity: 'medium', sectionId: 'third_party_apps', questionIds: ['app_guest_restrictions'], when: answerIn('app_guest_restrictions', ['neither', 'dont_know']) },
  { id: 'cross_tenant_inbound_open', severity: 'medium', sectionId: 'third_party_apps', questionIds: ['app_cross_tenant_default'], when: answerIn('app_cross_tenant_default', ['no', 'dont_know']) },

  // cloud mail and collaboration
  { id: 'external_forwarding_allowed', severity: 'medium', sectionId: 'mail_collaboration', questionIds: ['mail_external_forwarding_blocked'], when: answerIn('mail_external_forwarding_blocked', ['no', 'dont_know']) },
  { id: 'anonymous_sharing_links', severity: 'medium', sectionId: 'mail_collaboration', questionIds: ['mail_external_sharing'], when: answerIn('mail_external_sharing', ['anyone_links', 'dont_know']) },
  {
    id: 'sensitive_data_unprotected',
    severity: 'medium',
    sectionId: 'mail_collaboration',
    questionIds: ['mail_sensitive_data', 'mail_sensitive_protection'],
    when: (answers) => HAS_SENSITIVE_DATA(answers) && answerIn('mail_sensitive_protection', ['no', 'dont_know'])(answers),
  },

  // logging and detection
  { id: 'audit_log_disabled', severity: 'critical', sectionId: 'logging_detection', questionIds: ['log_unified_audit'], when: answerIn('log_unified_audit', ['no', 'dont_know']) },
  { id: 'mail_access_logging_missing', severity: 'critical', sectionId: 'logging_detection', questionIds: ['log_mail_access_events'], when: answerIn('log_mail_access_events', ['none', 'dont_know']) },
  { id: 'mail_access_logging_partial', severity: 'high', sectionId: 'logging_detection', questionIds: ['log_mail_access_events'], when: answerIn('log_mail_access_events', ['some']) },
  { id: 'log_retention_insufficient', severity: 'critical', sectionId: 'logging_detection', questionIds: ['log_retention'], when: answerIn('log_retention', ['under_90_days', 'dont_know']) },
  { id: 'log_retention_short', severity: 'high', sectionId: 'logging_detection', questionIds: ['log_retention'], when: answerIn('log_retention', ['days_90']) },
  { id: 'log_retention_below_one_year', severity: 'low', sectionId: 'logging_detection', questionIds: ['log_retention'], when: answerIn('log_retention', ['days_180']) },
  { id: 'siem_forwarding_missing', severity: 'high', sectionId: 'logging_detection', questionIds: ['log_siem'], when: answerIn('log_siem', ['none', 'dont_know']) },
  { id: 'siem_forwarding_partial', severity: 'medium', sectionId: 'logging_detection', questionIds: ['log_siem'], when: answerIn('log_siem', ['some']) },
  { id: 'mail_anomaly_unmonitored', severity: 'high', sectionId: 'logging_detection', questionIds: ['log_mail_anomaly_detection'], when: answerIn('log_mail_anomaly_detection', ['nobody', 'dont_know']) },
  { id: 'mail_anomaly_business_hours', severity: 'low', sectionId: 'logging_detection', questionIds: ['log_mail_anomaly_detection'], when: answerIn('log_mail_anomaly_detection', ['business_hours']) },
  { id: 'token_anomaly_alerts_missing', severity: 'medium', sectionId: 'logging_detection', questionIds: ['log_token_anomaly_alerts'], when: answerIn('log_token_anomaly_alerts', ['no', 'dont_know']) },

  // incident response and recovery
  { id: 'idp_playbook_missing', severity: 'critical', sectionId: 'incident_response', questionIds: ['ir_idp_playbook'], when: answerIn('ir_idp_playbook', ['no', 'dont_know']) },
  { id: 'ir_exercise_stale', severity: 'medium', sectionId: 'incident_response', questionIds: ['ir_last_exercise'], when: answerIn('ir_last_exercise', ['over_24_months', 'never']) },
  { id: 'insurer_notification_unknown', severity: 'medium', sectionId: 'incident_response', questionIds: ['ir_insurer_notification_known'], when: answerIn('ir_insurer_notification_known', ['no', 'dont_know']) },
  { id: 'log_preservation_gap', severity: 'high', sectionId: 'incident_response', questionIds: ['ir_log_preservation'], when: answerIn('ir_log_preservation', ['no', 'dont_know']) },
  { id: 'backups_missing', severity: 'high', sectionId: 'incident_response', questionIds: ['ir_backups'], when: answerIn('ir_backups', ['neither', 'dont_know']) },
  { id: 'backups_partial', severity: 'medium', sectionId: 'incident_response', questionIds: ['ir_backups'], when: answerIn('ir_backups', ['mail_and_config', 'mail_only', 'config_only']) },

  // governance
  { id: 'baseline_assessment_missing', severity: 'low', sectionId: 'governance', questionIds: ['gov_baseline_assessment'], when: answerIn('gov_baseline_assessment', ['never', 'dont_know']) },
  { id: 'licence_limits_logging', severity: 'low', sectionId: 'governance', questionIds: ['gov_licence_tier'], when: answerIn('gov_licence_tier', ['other_basic', 'dont_know']) },
];

/** The master-key finding's id (severity follows the exposure level: high, or critical when severe). */
export const MASTER_KEY_FINDING_ID = 'master_key_exposure';

export function listTriggers(answers: AnswerView, questionIds: readonly string[]): TFinding['triggers'] {
  const triggers: TFinding['triggers'] = [];
  for (const questionId of questionIds) {
    const answer = answers.get(questionId);
    if (answer !== undefined) triggers.push({ questionId, answer });
  }
  return triggers;
}

/** The finding a rule raises for these answers, or null. */
export function evaluateFindingRule(rule: TFindingRule, answers: AnswerView): TFinding | null {
  return rule.when(answers) ? { id: rule.id, severity: rule.severity, sectionId: rule.sectionId, triggers: listTriggers(answers, rule.questionIds) } : null;
}
