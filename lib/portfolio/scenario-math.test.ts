import { describe, expect, test } from 'vitest';
import { exposedLimitEur, limitedLoss, summariseScenario } from './scenario-math';

describe('limitedLoss', () => {
  test.each([
    [500_000, 2_000_000, 500_000],
    [1_200_000, 1_000_000, 1_000_000],
    [1_000_000, 1_000_000, 1_000_000],
    [0, 1_000_000, 0],
    [750_000, 0, 0],
  ])('min(%d, limit %d) = %d', (lossEur, limitEur, expected) => {
    expect(limitedLoss({ lossEur, limitEur })).toBe(expected);
  });
});

describe('exposedLimitEur', () => {
  test('the quoted or bound limit, else the requested one', () => {
    expect(exposedLimitEur({ quotedLimitEur: 1_000_000, requestedLimitEur: 1_500_000 })).toBe(1_000_000);
    expect(exposedLimitEur({ quotedLimitEur: null, requestedLimitEur: 4_000_000 })).toBe(4_000_000);
  });
});

describe('summariseScenario', () => {
  test('limits apply per insured before summing (hand-computed)', () => {
    // Insured 1: limit 2.0M, mean 0.5M (under the limit), p99.5 3.0M (capped at 2.0M).
    // Insured 2: limit 1.0M, mean 1.2M (capped at 1.0M), p99.5 4.0M (capped at 1.0M).
    // Insured 3: limit 4.0M, mean 2.0M, p99.5 9.0M (capped at 4.0M).
    const totals = summariseScenario([
      { limitEur: 2_000_000, eventLossMeanEur: 500_000, eventLossP995Eur: 3_000_000 },
      { limitEur: 1_000_000, eventLossMeanEur: 1_200_000, eventLossP995Eur: 4_000_000 },
      { limitEur: 4_000_000, eventLossMeanEur: 2_000_000, eventLossP995Eur: 9_000_000 },
    ]);
    expect(totals).toEqual({
      exposedInsureds: 3,
      limitExposedEur: 7_000_000,
      groundUpMeanEur: 3_700_000,
      expectedEventLossEur: 500_000 + 1_000_000 + 2_000_000,
      oneIn200EventLossEur: 2_000_000 + 1_000_000 + 4_000_000,
    });
  });
  test('the 1-in-200 figure never exceeds the limits exposed, and never falls below the expected loss when p99.5 ≥ mean', () => {
    const exposures = Array.from({ length: 50 }, (_, i) => ({ limitEur: 250_000 * (1 + (i % 7)), eventLossMeanEur: 40_000 * (1 + (i % 11)), eventLossP995Eur: 300_000 * (1 + (i % 5)) }));
    const totals = summariseScenario(exposures);
    expect(totals.oneIn200EventLossEur).toBeLessThanOrEqual(totals.limitExposedEur);
    expect(totals.oneIn200EventLossEur).toBeGreaterThanOrEqual(totals.expectedEventLossEur);
  });
  test('no exposed insured: all zero', () => {
    expect(summariseScenario([])).toEqual({ exposedInsureds: 0, limitExposedEur: 0, groundUpMeanEur: 0, expectedEventLossEur: 0, oneIn200EventLossEur: 0 });
  });
});
