import { describe, expect, test } from 'vitest';
import {
  canTransitionSubmission,
  nextSubmissionStatuses,
  SUBMISSION_STATUSES,
  SubmissionTransitionError,
  transitionSubmission,
  type TSubmissionActor,
} from './submission-status';

/** The whole machine written out as the product describes it: actor -> from -> allowed targets. */
const EXPECTED: Record<TSubmissionActor, Partial<Record<(typeof SUBMISSION_STATUSES)[number], string[]>>> = {
  underwriter: {
    SUBMITTED: ['IN_REVIEW', 'INFO_REQUESTED', 'QUOTED', 'DECLINED'],
    IN_REVIEW: ['INFO_REQUESTED', 'QUOTED', 'DECLINED'],
  },
  broker: {
    INFO_REQUESTED: ['SUBMITTED', 'WITHDRAWN'],
    QUOTED: ['BOUND'],
    SUBMITTED: ['WITHDRAWN'],
    IN_REVIEW: ['WITHDRAWN'],
  },
  system: { QUOTED: ['NOT_TAKEN_UP'] },
};

describe('submission status machine', () => {
  for (const actor of ['underwriter', 'broker', 'system'] as const) {
    for (const from of SUBMISSION_STATUSES) {
      for (const to of SUBMISSION_STATUSES) {
        const allowed = (EXPECTED[actor][from] ?? []).includes(to);
        test(`${actor}: ${from} → ${to} ${allowed ? 'allowed' : 'refused'}`, () => {
          expect(canTransitionSubmission({ from, to, actor })).toBe(allowed);
          if (allowed) expect(transitionSubmission({ from, to, actor })).toBe(to);
          else expect(() => transitionSubmission({ from, to, actor })).toThrow(SubmissionTransitionError);
        });
      }
    }
  }

  test('the refusal names the move', () => {
    try {
      transitionSubmission({ from: 'DECLINED', to: 'QUOTED', actor: 'underwriter' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'DECLINED', to: 'QUOTED', actor: 'underwriter' });
    }
  });

  test('final statuses offer no way out to anybody', () => {
    for (const from of ['DECLINED', 'BOUND', 'NOT_TAKEN_UP', 'WITHDRAWN'] as const) {
      for (const actor of ['underwriter', 'broker', 'system'] as const) expect(nextSubmissionStatuses({ from, actor })).toEqual([]);
    }
  });
});
