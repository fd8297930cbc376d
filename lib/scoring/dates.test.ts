import { describe, expect, test } from 'vitest';

import { addMonths } from './dates';

describe('addMonths', () => {
  test.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-11-15', 3, '2024-02-15'],
    ['2024-12-31', 12, '2025-12-31'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('addMonths(%s, %d) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
