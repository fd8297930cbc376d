import { describe, expect, test } from 'vitest';
import { isQuoteExpired, isSubjectivityOverdue } from './flags';

describe('deadline flags', () => {
  test.each([
    ['QUOTED', '2026-12-01', '2026-12-01', false],
    ['QUOTED', '2026-11-30', '2026-12-01', true],
    ['QUOTED', null, '2026-12-01', false],
    ['BOUND', '2026-11-30', '2026-12-01', false],
  ] as const)('a %s quote valid until %s is expired on %s: %s', (status, validUntil, today, expired) => {
    expect(isQuoteExpired({ status, validUntil, today })).toBe(expired);
  });

  test.each([
    ['OPEN', '2026-11-30', true],
    ['OPEN', '2026-12-01', false],
    ['FULFILLED', '2026-11-30', false],
    ['ACCEPTED', '2026-11-01', false],
  ] as const)('a %s subjectivity due %s is overdue on 2026-12-01: %s', (status, dueDate, overdue) => {
    expect(isSubjectivityOverdue({ status, dueDate, today: '2026-12-01' })).toBe(overdue);
  });
});
