// Subjectivities: conditions the insured must meet before binding, each tied to the findings and
// the control that clear it.
import type { TRiskEvaluation } from './evaluate-risk';
import type { TInsurabilityReason, TSubjectivity } from './types';

/** Critical findings -> the subjectivity (condition before binding) and the control that clears it. */
export const KNOCK_OUT_SUBJECTIVITIES: Readonly<Record<string, { id: string; controlId: string | null }>> = {
  mfa_not_enforced: { id: 'subj_enforce_mfa', controlId: 'ctrl_enforce_mfa' },
  legacy_auth_not_blocked: { id: 'subj_block_legacy_auth', controlId: 'ctrl_block_legacy_auth' },
  standing_privileged_access: { id: 'subj_privileged_access_jit', controlId: 'ctrl_jit_privileged_access' },
  issuer_validation_missing: { id: 'subj_issuer_validation', controlId: 'ctrl_issuer_validation' },
  audit_log_disabled: { id: 'subj_enable_audit_log', controlId: 'ctrl_enable_audit_log' },
  mail_access_logging_missing: { id: 'subj_mail_access_auditing', controlId: 'ctrl_mail_access_auditing' },
  log_retention_insufficient: { id: 'subj_log_retention', controlId: 'ctrl_extend_log_retention' },
  idp_playbook_missing: { id: 'subj_idp_playbook', controlId: 'ctrl_idp_playbook' },
  master_key_exposure: { id: 'subj_master_key_remediation_plan', controlId: null },
};

export const EXTRA_SUBJECTIVITY_IDS = ['subj_signed_full_application', 'subj_prior_incident_details', 'subj_baseline_report', 'subj_higher_retention'] as const;

export function listSubjectivities(risk: TRiskEvaluation, reasons: readonly TInsurabilityReason[], retentionRaised: boolean): TSubjectivity[] {
  const subjectivities: TSubjectivity[] = [];
  for (const finding of risk.findings) {
    if (finding.severity !== 'critical') continue;
    const mapping = KNOCK_OUT_SUBJECTIVITIES[finding.id];
    if (mapping) subjectivities.push({ id: mapping.id, findingIds: [finding.id], controlId: mapping.controlId });
  }
  const reasonIds = new Set(reasons.map((reason) => reason.id));
  if (reasonIds.has('revenue_over_100m') || reasonIds.has('requested_limit_5m_or_more')) {
    subjectivities.push({ id: 'subj_signed_full_application', findingIds: [], controlId: null });
  }
  if (reasonIds.has('prior_incidents_36m')) subjectivities.push({ id: 'subj_prior_incident_details', findingIds: [], controlId: null });
  if (reasonIds.has('critical_item_unknown') || ['C', 'D', 'E'].includes(risk.grade)) {
    subjectivities.push({ id: 'subj_baseline_report', findingIds: [], controlId: 'ctrl_baseline_scans' });
  }
  if (retentionRaised) subjectivities.push({ id: 'subj_higher_retention', findingIds: [], controlId: null });
  return subjectivities;
}
