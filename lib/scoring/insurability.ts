// Insurability: accept, refer or decline, with the reasons (published triage rules of Coalition and
// At-Bay: knock-out findings, large risks, sensitive sectors, prior incidents).
import type { AnswerView } from './answers';
import type { TRiskEvaluation } from './evaluate-risk';
import { RECORDS_OVER_500K_ANSWERS } from './rating-tables';
import type { TInsurabilityReason } from './types';

export const INSURABILITY_REASON_IDS = [
  'incomplete_answers',
  'mfa_largely_absent',
  'grade_e_with_knock_outs',
  'critical_findings',
  'critical_item_unknown',
  'grade_d',
  'grade_e',
  'master_key_exposure_severe',
  'revenue_over_100m',
  'prior_incidents_36m',
  'requested_limit_5m_or_more',
  'sensitive_sector',
  'records_over_500k',
] as const;

type TReasonId = (typeof INSURABILITY_REASON_IDS)[number];

/** The refer and decline reasons of the answers (an empty list means accept). */
export function listInsurabilityReasons(risk: TRiskEvaluation, answers: AnswerView): TInsurabilityReason[] {
  const { findings, grade } = risk;
  const reasons: Array<TInsurabilityReason & { id: TReasonId }> = [];
  const criticalCount = findings.filter((finding) => finding.severity === 'critical').length;
  const mfa = answers.number('auth_mfa_coverage');
  if (mfa !== undefined && mfa < 50) reasons.push({ id: 'mfa_largely_absent', outcome: 'decline' });
  if (grade === 'E' && criticalCount >= 2) reasons.push({ id: 'grade_e_with_knock_outs', outcome: 'decline' });
  if (criticalCount > 0) reasons.push({ id: 'critical_findings', outcome: 'refer' });
  if (answers.layout.criticalIndexes.some((index) => answers.values[index] === 'dont_know')) reasons.push({ id: 'critical_item_unknown', outcome: 'refer' });
  if (grade === 'D') reasons.push({ id: 'grade_d', outcome: 'refer' });
  if (grade === 'E') reasons.push({ id: 'grade_e', outcome: 'refer' });
  if (risk.masterKeyExposure.level === 'severe') reasons.push({ id: 'master_key_exposure_severe', outcome: 'refer' });
  if (answers.isOneOf('bp_revenue_band', ['from_100m_to_500m', 'over_500m'])) reasons.push({ id: 'revenue_over_100m', outcome: 'refer' });
  const incidents = answers.number('bp_prior_incidents');
  if (incidents !== undefined && incidents > 0) reasons.push({ id: 'prior_incidents_36m', outcome: 'refer' });
  if (answers.isOneOf('bp_requested_limit', ['from_5m_to_10m', 'over_10m'])) reasons.push({ id: 'requested_limit_5m_or_more', outcome: 'refer' });
  if (answers.isOneOf('bp_industry', ['healthcare', 'financial_services'])) reasons.push({ id: 'sensitive_sector', outcome: 'refer' });
  if (answers.isOneOf('bp_records_band', RECORDS_OVER_500K_ANSWERS)) reasons.push({ id: 'records_over_500k', outcome: 'refer' });
  return reasons;
}
