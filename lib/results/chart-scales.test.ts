import { describe, expect, test } from 'vitest';
import { logTicks, probabilityTicks } from './chart-scales';

describe('logTicks', () => {
  test.each([
    ['a loss curve from the median to the worst year', 96_962, 62_820_000, [100_000, 300_000, 1_000_000, 3_000_000, 10_000_000, 30_000_000]],
    ['bounds on a tick are included', 1_000, 3_000, [1_000, 3_000]],
    ['a range inside one decade', 1_200, 2_500, []],
    ['empty or invalid ranges', 0, 100, []],
    ['max below min', 10, 1, []],
  ])('%s', (_name, min, max, expected) => {
    expect(logTicks(min, max)).toEqual(expected);
  });
});

describe('probabilityTicks', () => {
  test.each([
    [0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [0.6666, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]],
    [0.03, [0, 0.1]],
    [1, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]],
  ])('up to %s', (max, expected) => {
    expect(probabilityTicks(max)).toEqual(expected);
  });
});
