import { describe, expect, test } from 'vitest';
import { isoDay, todayIsoDate } from './today';

describe('todayIsoDate', () => {
  test.each([
    // 23:30 UTC on 30 Nov is already 1 Dec in Berlin (UTC+1 in winter).
    ['2026-11-30T23:30:00Z', 'Europe/Berlin', '2026-12-01'],
    ['2026-11-30T22:59:59Z', 'Europe/Berlin', '2026-11-30'],
    ['2026-07-01T22:30:00Z', 'Europe/Berlin', '2026-07-02'],
    ['2026-12-01T03:00:00Z', 'America/New_York', '2026-11-30'],
    ['2024-02-29T12:00:00Z', 'UTC', '2024-02-29'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(todayIsoDate(new Date(instant), zone)).toBe(expected);
  });
});

test('a DATE column reads back as its calendar day', () => {
  expect(isoDay(new Date('2027-01-31T00:00:00Z'))).toBe('2027-01-31');
});
