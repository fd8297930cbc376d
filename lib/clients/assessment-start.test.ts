import { expect, test } from 'vitest';
import type { AssessmentStatus } from '../db/generated/enums';
import { assessmentStartFor } from './assessment-start';

const list = (...statuses: AssessmentStatus[]) => statuses.map((status, index) => ({ id: `a${index}`, status }));

test.each([
  [list(), { kind: 'new' }],
  [list('ARCHIVED'), { kind: 'new' }],
  [list('SUBMITTED'), { kind: 'reassessment' }],
  [list('DECIDED', 'IN_REVIEW'), { kind: 'reassessment' }],
  [list('DRAFT'), { kind: 'continue', assessmentId: 'a0' }],
  [list('SUBMITTED', 'DRAFT', 'DECIDED'), { kind: 'continue', assessmentId: 'a1' }],
])('%j → %j', (assessments, start) => {
  expect(assessmentStartFor(assessments)).toEqual(start);
});
