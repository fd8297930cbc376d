// Insurability: accept, refer or decline, with the reasons (published triage rules of Coalition and
// At-Bay: knock-out findings, large risks, sensitive sectors, prior incidents).
import type { AnswerView, TAnswerLayout } from './answers';
import type { TRiskEvaluation } from './evaluate-risk';
import { RECORDS_OVER_500K_ANSWERS } from './rating-tables';
import type { TInsurabilityReason } from './types';

export const INSURABILITY_REASON_IDS = [
  'incomplete_answers',
  'mfa_largely_absent',
  'mfa_coverage_unknown',
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

/** The answers the reasons read besides the findings and the grade (the critical questions too). */
const REASON_QUESTION_IDS = ['auth_mfa_coverage', 'bp_revenue_band', 'bp_prior_incidents', 'bp_requested_limit', 'bp_industry', 'bp_records_band'];

/**
 * Whether two evaluations of one questionnaire get the same reasons and conditions: the same findings
 * (the same list), grade and exposure level, and the same answers to what the reasons read. The
 * recommendations use it to reuse the base's outcome; a property test compares with a full assessment.
 */
export function hasSameInsurabilityInputs(a: TRiskEvaluation, b: TRiskEvaluation): boolean {
  if (a.findings !== b.findings || a.grade !== b.grade || a.masterKeyExposure.level !== b.masterKeyExposure.level) return false;
  for (const index of getReasonPositions(a.view.layout)) if (a.view.values[index] !== b.view.values[index]) return false;
  return true;
}

const reasonPositions = new WeakMap<TAnswerLayout, readonly number[]>();

/** Positions of the answers the reasons read: REASON_QUESTION_IDS and the critical questions. */
function getReasonPositions(layout: TAnswerLayout): readonly number[] {
  let positions = reasonPositions.get(layout);
  if (!positions) {
    positions = [...REASON_QUESTION_IDS.flatMap((id) => (layout.indexById.has(id) ? [layout.indexById.get(id)!] : [])), ...layout.criticalIndexes];
    reasonPositions.set(layout, positions);
  }
  return positions;
}

/**
 * The refer and decline reasons of the answers (an empty list means accept). Plain loops, no
 * closures: the recommendations call this once per candidate control.
 */
export function listInsurabilityReasons(risk: TRiskEvaluation, answers: AnswerView): TInsurabilityReason[] {
  const { findings, grade } = risk;
  const reasons: Array<TInsurabilityReason & { id: TReasonId }> = [];
  let criticalCount = 0;
  for (const finding of findings) if (finding.severity === 'critical') criticalCount++;
  const mfa = answers.number('auth_mfa_coverage');
  if (mfa !== undefined && mfa < 50) reasons.push({ id: 'mfa_largely_absent', outcome: 'decline' });
  // "Don't know" (idp-exposure@2) may not fare better than the worst figure: declined as well.
  if (answers.string('auth_mfa_coverage') === 'dont_know') reasons.push({ id: 'mfa_coverage_unknown', outcome: 'decline' });
  if (grade === 'E' && criticalCount >= 2) reasons.push({ id: 'grade_e_with_knock_outs', outcome: 'decline' });
  if (criticalCount > 0) reasons.push({ id: 'critical_findings', outcome: 'refer' });
  let criticalUnknown = false;
  for (const index of answers.layout.criticalIndexes) if (answers.values[index] === 'dont_know') criticalUnknown = true;
  if (criticalUnknown) reasons.push({ id: 'critical_item_unknown', outcome: 'refer' });
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
