// The monitoring plan: when to reassess, which answers to re-verify, what triggers a review early,
// and due dates derived from dates in the answers (the library has no clock).
import { addMonths } from './dates';
import type { TRiskEvaluation } from './evaluate-risk';
import type { TGrade, TMonitoringPlan } from './types';

/** Reassessment interval by grade, in months. */
export const REASSESSMENT_MONTHS: Readonly<Record<TGrade, number>> = { A: 12, B: 12, C: 6, D: 3, E: 3 };

export const MONITORING_TRIGGER_IDS = ['renewal_90_days', 'identity_provider_change', 'security_incident', 'merger_or_acquisition'] as const;
export const MONITORING_DUE_DATE_IDS = ['next_tabletop_exercise', 'next_signing_key_rotation'] as const;

/** Months until the next rotation of a self-run token-signing key: its own cycle when automated, else yearly. */
const KEY_ROTATION_MONTHS: Readonly<Record<string, number>> = { automated_90d: 3 };
const DEFAULT_KEY_ROTATION_MONTHS = 12;

export function buildMonitoringPlan(risk: TRiskEvaluation): TMonitoringPlan {
  const answers = risk.view;
  const reverify = new Set<string>();
  for (const finding of risk.findings) for (const trigger of finding.triggers) reverify.add(trigger.questionId);
  const { questionIds, criticalIndexes } = answers.layout;
  for (const index of criticalIndexes) if (answers.values[index] !== undefined) reverify.add(questionIds[index]!);
  const dueDates: TMonitoringPlan['dueDates'] = [];
  const exerciseDate = answers.string('ir_last_exercise_date');
  if (exerciseDate !== undefined) {
    dueDates.push({ id: 'next_tabletop_exercise', date: addMonths(exerciseDate, 12), basedOnQuestionId: 'ir_last_exercise_date' });
  }
  const rotationDate = answers.string('key_last_rotation_date');
  if (rotationDate !== undefined) {
    const months = KEY_ROTATION_MONTHS[answers.string('key_rotation') ?? ''] ?? DEFAULT_KEY_ROTATION_MONTHS;
    dueDates.push({ id: 'next_signing_key_rotation', date: addMonths(rotationDate, months), basedOnQuestionId: 'key_last_rotation_date' });
  }
  return {
    intervalMonths: REASSESSMENT_MONTHS[risk.grade],
    reverifyQuestionIds: questionIds.filter((questionId) => reverify.has(questionId)),
    triggers: [...MONITORING_TRIGGER_IDS],
    dueDates,
  };
}
