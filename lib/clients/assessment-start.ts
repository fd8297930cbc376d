// Which way into an assessment a client's page offers: the open draft if there is one (there is at
// most one per client), else a reassessment that carries over the last submitted answers, else a
// new assessment. The create action decides again under a lock; this only chooses the button.
import { SUBMITTED_STATUSES } from '../auth/policy';
import type { TClientAssessmentSummary } from './types';

export type TAssessmentStart = { kind: 'continue'; assessmentId: string } | { kind: 'reassessment' } | { kind: 'new' };

export function assessmentStartFor(assessments: ReadonlyArray<Pick<TClientAssessmentSummary, 'id' | 'status'>>): TAssessmentStart {
  const draft = assessments.find((assessment) => assessment.status === 'DRAFT');
  if (draft) return { kind: 'continue', assessmentId: draft.id };
  const hasSubmitted = assessments.some((assessment) => (SUBMITTED_STATUSES as readonly string[]).includes(assessment.status));
  return hasSubmitted ? { kind: 'reassessment' } : { kind: 'new' };
}
