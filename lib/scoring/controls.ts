// The control catalogue of the scoring model (signet-scoring@2.0.0). A control is described by the answers it changes (its
// target answers); its benefit is never typed in: recommendations re-score the answers with the
// control applied (see recommendations.ts). A control only touches answers that are visible,
// answered and declared less safe than its target, so it can never make an answer worse.
import { compareAnswerSafety, getQuestion } from '@/lib/questionnaire';
import type { TAnswerValue, TQuestion } from '@/lib/questionnaire';

import type { AnswerView, TAnswerLayout } from './answers';
import type { TEffort, TRecommendation } from './types';

export type TControl = {
  /** Text: scoring.json controls.<id>.title / .description */
  id: string;
  sectionId: string;
  effort: TEffort;
  targets: ReadonlyArray<{ questionId: string; value: TAnswerValue }>;
  /** Custom transformation where a target depends on the current answer. */
  transform?: (answers: AnswerView) => Array<{ questionId: string; value: TAnswerValue }>;
};

function target(questionId: string, value: TAnswerValue): { questionId: string; value: TAnswerValue } {
  return { questionId, value };
}

export const CONTROLS: readonly TControl[] = [
  // landscape
  { id: 'ctrl_consolidate_tenants', sectionId: 'landscape', effort: 'high', targets: [target('dep_tenant_count', 1)] },
  {
    id: 'ctrl_cloud_authentication',
    sectionId: 'landscape',
    effort: 'high',
    targets: [target('dep_ad_connection', 'password_hash_sync')],
    transform: (answers) => {
      const issuers = answers.get('key_self_issuers');
      if (!Array.isArray(issuers) || !issuers.includes('adfs')) return [];
      const remaining = issuers.filter((id) => id !== 'adfs');
      return [target('key_self_issuers', remaining.length > 0 ? remaining : ['none'])];
    },
  },
  { id: 'ctrl_block_consumer_accounts', sectionId: 'landscape', effort: 'medium', targets: [target('dep_consumer_accounts', 'blocked')] },
  { id: 'ctrl_idp_outage_fallback', sectionId: 'landscape', effort: 'medium', targets: [target('dep_outage_fallback', 'yes')] },
  { id: 'ctrl_separate_customer_idp', sectionId: 'landscape', effort: 'high', targets: [target('dep_shared_workforce_customer_idp', 'separate')] },

  // authentication
  { id: 'ctrl_enforce_mfa', sectionId: 'authentication', effort: 'medium', targets: [target('auth_mfa_coverage', 100)] },
  { id: 'ctrl_phishing_resistant_rollout', sectionId: 'authentication', effort: 'high', targets: [target('auth_phishing_resistant_share', 100)] },
  { id: 'ctrl_phishing_resistant_admins', sectionId: 'authentication', effort: 'medium', targets: [target('auth_admin_phishing_resistant', 'all')] },
  { id: 'ctrl_disable_weak_methods', sectionId: 'authentication', effort: 'low', targets: [target('auth_weak_methods', ['none'])] },
  { id: 'ctrl_number_matching', sectionId: 'authentication', effort: 'low', targets: [target('auth_number_matching', 'yes')] },
  { id: 'ctrl_remote_access_mfa', sectionId: 'authentication', effort: 'medium', targets: [target('auth_remote_access_mfa', 'yes')] },
  { id: 'ctrl_block_legacy_auth', sectionId: 'authentication', effort: 'low', targets: [target('auth_legacy_blocked', 'fully')] },
  { id: 'ctrl_block_device_code', sectionId: 'authentication', effort: 'low', targets: [target('auth_device_code_blocked', 'yes')] },
  { id: 'ctrl_risk_based_policies', sectionId: 'authentication', effort: 'medium', targets: [target('auth_risk_based_blocking', 'both')] },
  { id: 'ctrl_require_managed_devices', sectionId: 'authentication', effort: 'high', targets: [target('auth_managed_device_required', 'all_users')] },
  { id: 'ctrl_reduce_policy_exclusions', sectionId: 'authentication', effort: 'medium', targets: [target('auth_ca_exclusions', 5)] },
  { id: 'ctrl_exclusion_register', sectionId: 'authentication', effort: 'low', targets: [target('auth_ca_exclusions_documented', 'yes')] },

  // privileged access
  {
    id: 'ctrl_right_size_global_admins',
    sectionId: 'privileged_access',
    effort: 'low',
    targets: [],
    transform: (answers) => {
      const count = answers.get('priv_global_admin_count');
      if (typeof count !== 'number') return [];
      if (count < 2) return [target('priv_global_admin_count', 2)];
      if (count > 8) return [target('priv_global_admin_count', 8)];
      return [];
    },
  },
  { id: 'ctrl_jit_privileged_access', sectionId: 'privileged_access', effort: 'medium', targets: [target('priv_jit', 'yes')] },
  { id: 'ctrl_pim_approval_alerts', sectionId: 'privileged_access', effort: 'low', targets: [target('priv_pim_approval_alerts', 'both')] },
  { id: 'ctrl_cloud_only_admins', sectionId: 'privileged_access', effort: 'medium', targets: [target('priv_cloud_only_admins', 'yes')] },
  { id: 'ctrl_break_glass_accounts', sectionId: 'privileged_access', effort: 'low', targets: [target('priv_break_glass', 'yes')] },
  { id: 'ctrl_privileged_access_workstations', sectionId: 'privileged_access', effort: 'high', targets: [target('priv_admin_workstations', 'all_admins')] },
  { id: 'ctrl_edr_admin_workstations', sectionId: 'privileged_access', effort: 'medium', targets: [target('priv_admin_workstation_edr', 'all_admins')] },
  { id: 'ctrl_bind_partner_access', sectionId: 'privileged_access', effort: 'medium', targets: [target('priv_delegated_partners', 'bound_by_policies')] },

  // token and key hygiene
  { id: 'ctrl_short_sessions', sectionId: 'tokens_keys', effort: 'low', targets: [target('tok_session_lifetime', 'up_to_12h')] },
  {
    id: 'ctrl_token_protection',
    sectionId: 'tokens_keys',
    effort: 'medium',
    targets: [target('tok_mitigations', ['continuous_access_evaluation', 'token_protection'])],
  },
  { id: 'ctrl_revocation_drill', sectionId: 'tokens_keys', effort: 'low', targets: [target('tok_revocation', 'tested')] },
  { id: 'ctrl_app_credential_hygiene', sectionId: 'tokens_keys', effort: 'medium', targets: [target('tok_app_credentials', 'certificates_or_managed')] },
  { id: 'ctrl_issuer_validation', sectionId: 'tokens_keys', effort: 'medium', targets: [target('tok_issuer_validation', 'all')] },
  { id: 'ctrl_restrict_account_types', sectionId: 'tokens_keys', effort: 'medium', targets: [target('tok_account_types', 'own_tenant_only')] },
  { id: 'ctrl_immutable_user_claims', sectionId: 'tokens_keys', effort: 'medium', targets: [target('tok_immutable_user_claims', 'all')] },
  { id: 'ctrl_signing_keys_in_hsm', sectionId: 'tokens_keys', effort: 'high', targets: [target('key_storage', 'hsm_or_kms')] },
  { id: 'ctrl_automated_key_rotation', sectionId: 'tokens_keys', effort: 'medium', targets: [target('key_rotation', 'automated_90d')] },
  { id: 'ctrl_key_rollover_drill', sectionId: 'tokens_keys', effort: 'medium', targets: [target('key_emergency_rollover', 'tested')] },
  { id: 'ctrl_debug_artifact_hygiene', sectionId: 'tokens_keys', effort: 'medium', targets: [target('key_debug_artifacts', 'yes')] },

  // third-party apps and consent
  { id: 'ctrl_restrict_app_registration', sectionId: 'third_party_apps', effort: 'low', targets: [target('app_user_registration', 'no')] },
  { id: 'ctrl_admin_consent_workflow', sectionId: 'third_party_apps', effort: 'low', targets: [target('app_user_consent', 'admin_consent_workflow')] },
  { id: 'ctrl_review_privileged_apps', sectionId: 'third_party_apps', effort: 'low', targets: [target('app_privileged_review', 'quarterly')] },
  { id: 'ctrl_reduce_mail_access_apps', sectionId: 'third_party_apps', effort: 'medium', targets: [target('app_mail_access_apps', 'one_to_three')] },
  { id: 'ctrl_restrict_guest_access', sectionId: 'third_party_apps', effort: 'low', targets: [target('app_guest_restrictions', 'both')] },
  { id: 'ctrl_cross_tenant_default_block', sectionId: 'third_party_apps', effort: 'low', targets: [target('app_cross_tenant_default', 'yes')] },

  // cloud mail and collaboration
  { id: 'ctrl_block_external_forwarding', sectionId: 'mail_collaboration', effort: 'low', targets: [target('mail_external_forwarding_blocked', 'yes')] },
  { id: 'ctrl_restrict_external_sharing', sectionId: 'mail_collaboration', effort: 'low', targets: [target('mail_external_sharing', 'restricted')] },
  { id: 'ctrl_protect_sensitive_data', sectionId: 'mail_collaboration', effort: 'medium', targets: [target('mail_sensitive_protection', 'yes')] },

  // logging and detection
  { id: 'ctrl_enable_audit_log', sectionId: 'logging_detection', effort: 'low', targets: [target('log_unified_audit', 'yes')] },
  { id: 'ctrl_mail_access_auditing', sectionId: 'logging_detection', effort: 'low', targets: [target('log_mail_access_events', 'all')] },
  { id: 'ctrl_extend_log_retention', sectionId: 'logging_detection', effort: 'medium', targets: [target('log_retention', 'one_year')] },
  { id: 'ctrl_siem_forwarding', sectionId: 'logging_detection', effort: 'medium', targets: [target('log_siem', 'all')] },
  { id: 'ctrl_mail_anomaly_monitoring', sectionId: 'logging_detection', effort: 'high', targets: [target('log_mail_anomaly_detection', 'around_the_clock')] },
  { id: 'ctrl_token_anomaly_alerts', sectionId: 'logging_detection', effort: 'medium', targets: [target('log_token_anomaly_alerts', 'yes')] },

  // incident response and recovery
  { id: 'ctrl_idp_playbook', sectionId: 'incident_response', effort: 'low', targets: [target('ir_idp_playbook', 'yes')] },
  { id: 'ctrl_tabletop_exercise', sectionId: 'incident_response', effort: 'low', targets: [target('ir_last_exercise', 'within_12_months')] },
  { id: 'ctrl_insurer_onboarding', sectionId: 'incident_response', effort: 'low', targets: [target('ir_insurer_notification_known', 'yes')] },
  { id: 'ctrl_log_preservation', sectionId: 'incident_response', effort: 'low', targets: [target('ir_log_preservation', 'yes')] },
  { id: 'ctrl_immutable_backups', sectionId: 'incident_response', effort: 'medium', targets: [target('ir_backups', 'mail_files_and_config')] },

  // governance
  { id: 'ctrl_baseline_scans', sectionId: 'governance', effort: 'low', targets: [target('gov_baseline_assessment', 'quarterly')] },
  { id: 'ctrl_licence_upgrade', sectionId: 'governance', effort: 'high', targets: [target('gov_licence_tier', 'e5_g5')] },
];

const CONTROLS_BY_ID: ReadonlyMap<string, TControl> = new Map(CONTROLS.map((control) => [control.id, control]));

export function getControl(controlId: string): TControl | undefined {
  return CONTROLS_BY_ID.get(controlId);
}

export type TControlChange = TRecommendation['changes'][number];

type TCompiledTarget = {
  questionId: string;
  value: TAnswerValue;
  questionIndex: number;
  question: TQuestion;
  /** compareAnswerSafety(question, value, option) for every option of a single-choice question. */
  safetyByOption: ReadonlyMap<string, number | null> | null;
};

const compiledTargets = new WeakMap<TAnswerLayout, ReadonlyMap<TControl, readonly TCompiledTarget[]>>();

/**
 * The catalogue's fixed targets resolved once per questionnaire version (question, position, safety
 * order against each option); targets whose question the version lacks are left out.
 */
function getCompiledTargets(layout: TAnswerLayout): ReadonlyMap<TControl, readonly TCompiledTarget[]> {
  const cached = compiledTargets.get(layout);
  if (cached) return cached;
  const compiled = new Map(
    CONTROLS.map((control) => [
      control,
      control.targets.flatMap(({ questionId, value }) => {
        const question = getQuestion(layout.questionnaire, questionId);
        const questionIndex = layout.indexById.get(questionId);
        if (!question || questionIndex === undefined) return [];
        const safetyByOption =
          (question.type === 'single' || question.type === 'yes_no') && typeof value === 'string'
            ? new Map(question.options.map((option) => [option.id, compareAnswerSafety(question, value, option.id)] as const))
            : null;
        return [{ questionId, value, questionIndex, question, safetyByOption }];
      }),
    ]),
  );
  compiledTargets.set(layout, compiled);
  return compiled;
}

/**
 * The answers a control changes — only visible, answered questions whose current answer is declared
 * less safe than the target — or null when it changes nothing (not applicable or already in place).
 */
export function listControlChanges(control: TControl, answers: AnswerView): TControlChange[] | null {
  let changes: TControlChange[] | null = null;
  for (const { questionId, value, questionIndex, question, safetyByOption } of getCompiledTargets(answers.layout).get(control) ?? []) {
    const current = answers.values[questionIndex];
    if (current === undefined) continue;
    const comparison = safetyByOption && typeof current === 'string' && safetyByOption.has(current) ? safetyByOption.get(current)! : compareAnswerSafety(question, value, current);
    if (comparison === null || comparison <= 0) continue;
    (changes ??= []).push({ questionId, from: current, to: value });
  }
  if (control.transform) {
    for (const { questionId, value } of control.transform(answers)) {
      const current = answers.get(questionId);
      const question = getQuestion(answers.layout.questionnaire, questionId);
      if (current === undefined || !question) continue;
      const comparison = compareAnswerSafety(question, value, current);
      if (comparison === null || comparison <= 0) continue;
      (changes ??= []).push({ questionId, from: current, to: value });
    }
  }
  return changes;
}
