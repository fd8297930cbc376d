// Conditions of cover, each tied to the findings and the control that clear it:
// - before binding (dueDays null): one per knock-out finding, plus a signed full application for
//   large risks, prior-incident details and acceptance of a higher retention;
// - after binding (dueDays a number, since signet-scoring@2.0.0): one per high finding, to fix within
//   30, 60 or 90 days by the effort of its control, plus a baseline report for grade C or worse.
//   These make an acceptance "with conditions": serious gaps that are not knock-outs.
import { getControl } from './controls';
import type { TRiskEvaluation } from './evaluate-risk';
import { MASTER_KEY_FINDING_ID } from './findings';
import type { TEffort, TInsurabilityReason, TSubjectivity } from './types';

/** Critical findings -> the subjectivity (condition before binding) and the control that clears it. */
export const KNOCK_OUT_SUBJECTIVITIES: Readonly<Record<string, { id: string; controlId: string | null }>> = {
  mfa_not_enforced: { id: 'subj_enforce_mfa', controlId: 'ctrl_enforce_mfa' },
  mfa_coverage_unknown: { id: 'subj_enforce_mfa', controlId: 'ctrl_enforce_mfa' },
  legacy_auth_not_blocked: { id: 'subj_block_legacy_auth', controlId: 'ctrl_block_legacy_auth' },
  standing_privileged_access: { id: 'subj_privileged_access_jit', controlId: 'ctrl_jit_privileged_access' },
  issuer_validation_missing: { id: 'subj_issuer_validation', controlId: 'ctrl_issuer_validation' },
  signing_key_forgeable: { id: 'subj_signing_key_hardening', controlId: 'ctrl_signing_keys_in_hsm' },
  audit_log_disabled: { id: 'subj_enable_audit_log', controlId: 'ctrl_enable_audit_log' },
  mail_access_logging_missing: { id: 'subj_mail_access_auditing', controlId: 'ctrl_mail_access_auditing' },
  log_retention_insufficient: { id: 'subj_log_retention', controlId: 'ctrl_extend_log_retention' },
  idp_playbook_missing: { id: 'subj_idp_playbook', controlId: 'ctrl_idp_playbook' },
  master_key_exposure: { id: 'subj_master_key_remediation_plan', controlId: null },
};

/**
 * High findings -> the control whose remediation becomes a condition after binding. The master-key
 * finding has no single control: its condition is a remediation plan.
 */
export const HIGH_FINDING_CONTROLS: Readonly<Record<string, string | null>> = {
  consumer_accounts_tolerated: 'ctrl_block_consumer_accounts',
  mfa_coverage_gaps: 'ctrl_enforce_mfa',
  admin_mfa_not_phishing_resistant: 'ctrl_phishing_resistant_admins',
  remote_access_without_mfa: 'ctrl_remote_access_mfa',
  admins_not_cloud_only: 'ctrl_cloud_only_admins',
  admin_workstations_without_edr: 'ctrl_edr_admin_workstations',
  delegated_partners_unbound: 'ctrl_bind_partner_access',
  issuer_validation_partial: 'ctrl_issuer_validation',
  personal_accounts_accepted: 'ctrl_restrict_account_types',
  users_identified_by_email: 'ctrl_immutable_user_claims',
  signing_keys_unprotected: 'ctrl_signing_keys_in_hsm',
  signing_key_rotation_stale: 'ctrl_automated_key_rotation',
  user_consent_unrestricted: 'ctrl_admin_consent_workflow',
  broad_mail_access_apps: 'ctrl_reduce_mail_access_apps',
  mail_access_logging_partial: 'ctrl_mail_access_auditing',
  log_retention_short: 'ctrl_extend_log_retention',
  siem_forwarding_missing: 'ctrl_siem_forwarding',
  mail_anomaly_unmonitored: 'ctrl_mail_anomaly_monitoring',
  log_preservation_gap: 'ctrl_log_preservation',
  backups_missing: 'ctrl_immutable_backups',
  [MASTER_KEY_FINDING_ID]: null,
};

/** Days after binding to fix a high finding, by the effort of the control that fixes it. */
export const CONDITION_DUE_DAYS: Readonly<Record<TEffort, number>> = { low: 30, medium: 60, high: 90 };
/** Days after binding for a remediation plan of a high master-key exposure, and for a baseline report. */
export const REMEDIATION_PLAN_DUE_DAYS = 90;
export const BASELINE_REPORT_DUE_DAYS = 30;

export const EXTRA_SUBJECTIVITY_IDS = [
  'subj_signed_full_application',
  'subj_prior_incident_details',
  'subj_baseline_report',
  'subj_higher_retention',
  'subj_remediate_high_finding',
] as const;

/** Conditions after binding: one per high finding, named by the finding and the control that fixes it. */
function listRemediationConditions(risk: TRiskEvaluation): TSubjectivity[] {
  const conditions: TSubjectivity[] = [];
  for (const finding of risk.findings) {
    if (finding.severity !== 'high' || !(finding.id in HIGH_FINDING_CONTROLS)) continue;
    const controlId = HIGH_FINDING_CONTROLS[finding.id] ?? null;
    const effort = controlId ? getControl(controlId)?.effort : undefined;
    const dueDays = effort ? CONDITION_DUE_DAYS[effort] : REMEDIATION_PLAN_DUE_DAYS;
    conditions.push({ id: 'subj_remediate_high_finding', findingIds: [finding.id], controlId, dueDays });
  }
  return conditions;
}

export function listSubjectivities(risk: TRiskEvaluation, reasons: readonly TInsurabilityReason[], retentionRaised: boolean): TSubjectivity[] {
  const subjectivities: TSubjectivity[] = [];
  for (const finding of risk.findings) {
    if (finding.severity !== 'critical') continue;
    const mapping = KNOCK_OUT_SUBJECTIVITIES[finding.id];
    if (mapping) subjectivities.push({ id: mapping.id, findingIds: [finding.id], controlId: mapping.controlId, dueDays: null });
  }
  let declined = false;
  let largeRisk = false;
  let priorIncidents = false;
  let criticalUnknown = false;
  for (const reason of reasons) {
    if (reason.outcome === 'decline') declined = true;
    if (reason.id === 'revenue_over_100m' || reason.id === 'requested_limit_5m_or_more') largeRisk = true;
    if (reason.id === 'prior_incidents_36m') priorIncidents = true;
    if (reason.id === 'critical_item_unknown') criticalUnknown = true;
  }
  if (largeRisk) {
    subjectivities.push({ id: 'subj_signed_full_application', findingIds: [], controlId: null, dueDays: null });
  }
  if (priorIncidents) subjectivities.push({ id: 'subj_prior_incident_details', findingIds: [], controlId: null, dueDays: null });
  if (retentionRaised) subjectivities.push({ id: 'subj_higher_retention', findingIds: [], controlId: null, dueDays: null });
  // Conditions after binding mean nothing for a declined risk.
  if (declined) return subjectivities;
  if (criticalUnknown || risk.grade === 'C' || risk.grade === 'D' || risk.grade === 'E') {
    subjectivities.push({ id: 'subj_baseline_report', findingIds: [], controlId: 'ctrl_baseline_scans', dueDays: BASELINE_REPORT_DUE_DAYS });
  }
  for (const condition of listRemediationConditions(risk)) subjectivities.push(condition);
  return subjectivities;
}
