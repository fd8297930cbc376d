import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { fitLognormal, lognormalMean } from './distributions';
import { computeExpectedAnnualLoss, computeExpectedLayerLoss, lognormalLimitedMean, normalCdf } from './expected-loss';
import { simulateAnnualLoss } from './simulate-annual-loss';
import type { TLossModelInput } from './types';

const model: TLossModelInput = {
  scenarios: [
    { id: 'forgery', annualFrequency: { min: 0.01, mode: 0.04, max: 0.16 }, magnitude: { p05: 100_000, p95: 5_000_000 }, magnitudeCap: 20_000_000 },
    { id: 'bec', annualFrequency: { min: 0.1, mode: 0.4, max: 1.6 }, magnitude: { p05: 5_000, p95: 250_000 } },
    { id: 'constant', annualFrequency: { min: 0.2, mode: 0.2, max: 0.2 }, magnitude: { p05: 30_000, p95: 30_000 } },
  ],
};

describe('normalCdf', () => {
  test.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.6448536269514722, 0.95],
    [-6, 9.865876450376946e-10],
    [7, 0.9999999999987201],
    [-3, 0.0013498980316301],
    [5, 0.9999997133484281],
  ])('Φ(%d) = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-14);
    if (x < -5) expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-8);
  });

  test('is monotone (to its 1e-15 accuracy) and bounded', () => {
    let previous = 0;
    for (let x = -10; x <= 10; x += 0.01) {
      const value = normalCdf(x);
      expect(value).toBeGreaterThanOrEqual(previous - 1e-15);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      previous = value;
    }
  });
});

describe('lognormalLimitedMean', () => {
  const parameters = fitLognormal(100_000, 1_000_000);

  test('rises from 0 to the mean as the limit rises', () => {
    expect(lognormalLimitedMean(parameters, 0)).toBe(0);
    expect(lognormalLimitedMean(parameters, Number.POSITIVE_INFINITY)).toBe(lognormalMean(parameters));
    expect(lognormalLimitedMean(parameters, 1e12)).toBeCloseTo(lognormalMean(parameters), 3);
    expect(lognormalLimitedMean(parameters, 1_000)).toBeCloseTo(1_000, 3);
    let previous = 0;
    for (const limit of [1e3, 1e4, 1e5, 3e5, 1e6, 1e7]) {
      const value = lognormalLimitedMean(parameters, limit);
      expect(value).toBeGreaterThan(previous);
      expect(value).toBeLessThanOrEqual(limit);
      previous = value;
    }
  });
});

describe('the closed-form expectations match the simulation', () => {
  test('expected annual loss, within Monte-Carlo error', () => {
    const simulated = simulateAnnualLoss(model, { trials: 200_000, seed: 11 }).annualisedLossExpectancy;
    expect(Math.abs(simulated / computeExpectedAnnualLoss(model) - 1)).toBeLessThan(0.03);
  });

  test('expected layer loss: per-event limit (closed form) vs aggregate limit (simulated)', () => {
    const layer = { retentionPerEvent: 10_000, aggregateLimit: 2_000_000 };
    const simulated = simulateAnnualLoss({ ...model, layer }, { trials: 200_000, seed: 12 }).layer!.annualisedLoss;
    const closed = computeExpectedLayerLoss(model, layer);
    // The aggregate limit can only take away; at these frequencies it takes little.
    expect(simulated).toBeLessThanOrEqual(closed * 1.03);
    expect(simulated).toBeGreaterThan(closed * 0.9);
  });

  test('a retention of 0 and an unbounded limit put the whole loss in the layer', () => {
    const layer = { retentionPerEvent: 0, aggregateLimit: 1e15 };
    expect(computeExpectedLayerLoss(model, layer)).toBeCloseTo(computeExpectedAnnualLoss(model), 6);
    const result = simulateAnnualLoss({ ...model, layer }, { trials: 5_000, seed: 3 });
    expect(Math.abs(result.layer!.annualisedLoss - result.annualisedLossExpectancy)).toBeLessThanOrEqual(1);
    expect(result.layer!.probabilityOfPayment).toBe(result.probabilityOfAnyLoss);
  });

  test('property: a higher retention or a lower limit never raises the layer loss (closed form and simulated, same seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 100_000, max: 10_000_000 }), (retention, more, limit) => {
        const base = { retentionPerEvent: retention, aggregateLimit: limit };
        const higher = { retentionPerEvent: retention + more, aggregateLimit: limit };
        const lower = { retentionPerEvent: retention, aggregateLimit: limit / 2 };
        expect(computeExpectedLayerLoss(model, higher)).toBeLessThanOrEqual(computeExpectedLayerLoss(model, base) + 1e-9);
        expect(computeExpectedLayerLoss(model, lower)).toBeLessThanOrEqual(computeExpectedLayerLoss(model, base) + 1e-9);
        const simulate = (layer: typeof base) => simulateAnnualLoss({ ...model, layer }, { trials: 300, seed: 5 }).layer!.annualisedLoss;
        expect(simulate(higher)).toBeLessThanOrEqual(simulate(base));
        expect(simulate(lower)).toBeLessThanOrEqual(simulate(base));
      }),
      { numRuns: 40, seed: 13 },
    );
  });

  test('without a layer the result has none', () => {
    expect(simulateAnnualLoss(model, { trials: 10, seed: 1 }).layer).toBeUndefined();
  });
});
