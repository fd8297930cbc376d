import { describe, expect, test } from 'vitest';

import {
  fitLognormal,
  getPertShape,
  logFactorial,
  lognormalMean,
  pertMean,
  sampleBeta,
  sampleGamma,
  sampleLognormal,
  samplePert,
  samplePoisson,
  Z_95,
} from './distributions';
import { createRandomSource } from './random';

function drawMany(count: number, draw: () => number): Float64Array {
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = draw();
  return values;
}

function summarise(values: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, variance: squares / (values.length - 1) };
}

function quantile(values: Float64Array, probability: number): number {
  const sorted = values.slice().sort();
  return sorted[Math.round((sorted.length - 1) * probability)]!;
}

describe('fitLognormal', () => {
  test('puts p05 and p95 at mu ∓ 1.6448536 sigma', () => {
    const { mu, sigma } = fitLognormal(100_000, 1_000_000);
    expect(Math.exp(mu - Z_95 * sigma)).toBeCloseTo(100_000, 6);
    expect(Math.exp(mu + Z_95 * sigma)).toBeCloseTo(1_000_000, 5);
    expect(sigma).toBeCloseTo(Math.log(10) / (2 * 1.6448536), 12);
  });

  test('reproduces the riskquant README mean: $100k–$1M gives about $404k per event', () => {
    expect(lognormalMean(fitLognormal(100_000, 1_000_000))).toBeGreaterThan(403_000);
    expect(lognormalMean(fitLognormal(100_000, 1_000_000))).toBeLessThan(405_000);
  });

  test('p05 == p95 gives sigma 0', () => {
    expect(fitLognormal(5_000, 5_000).sigma).toBe(0);
  });
});

describe('sampleLognormal', () => {
  // A sample quantile's standard error in log space is about 0.0067 sigma at n = 100k, so the 2%
  // tolerance on EUR values is >= 4 standard errors only for sigma <= ~0.8 (p95/p05 up to ~14).
  test.each([
    [100_000, 1_000_000],
    [20_000, 200_000],
    [50, 60],
  ])('empirical p05/p95 of 100k draws match %d / %d within 2 percent', (p05, p95) => {
    const random = createRandomSource(p05);
    const parameters = fitLognormal(p05, p95);
    const draws = drawMany(100_000, () => sampleLognormal(random, parameters));
    expect(Math.abs(quantile(draws, 0.05) / p05 - 1)).toBeLessThan(0.02);
    expect(Math.abs(quantile(draws, 0.95) / p95 - 1)).toBeLessThan(0.02);
  });

  test('a wide spread (1k to 5M EUR) has its empirical p05/p95 at ∓1.645 standard log-units', () => {
    const random = createRandomSource(1000);
    const parameters = fitLognormal(1_000, 5_000_000);
    const draws = drawMany(100_000, () => sampleLognormal(random, parameters));
    const standardise = (value: number) => (Math.log(value) - parameters.mu) / parameters.sigma;
    expect(Math.abs(standardise(quantile(draws, 0.05)) + Z_95)).toBeLessThan(0.03);
    expect(Math.abs(standardise(quantile(draws, 0.95)) - Z_95)).toBeLessThan(0.03);
  });
});

describe('samplePoisson', () => {
  // Knuth on one side of the switch at 10, PTRS on the other, and PTRS's log-factorial tail (> 255).
  test.each([0.05, 0.7, 3, 9.99, 10, 17.5, 42, 400])('mean and variance of 100k draws are near lambda = %d', (lambda) => {
    const random = createRandomSource(Math.round(lambda * 1000));
    const draws = drawMany(100_000, () => samplePoisson(random, lambda));
    const { mean, variance } = summarise(draws);
    // Standard error of the mean is sqrt(lambda / n); allow 5 of them, and 3% on the variance.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / 100_000));
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.03);
    expect(draws.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
  });

  test('P(N = 0) matches exp(-lambda) for a small rate', () => {
    const random = createRandomSource(3);
    const draws = drawMany(100_000, () => samplePoisson(random, 0.3));
    const zeros = draws.filter((k) => k === 0).length / draws.length;
    expect(Math.abs(zeros - Math.exp(-0.3))).toBeLessThan(0.006);
  });

  test('lambda 0 never produces an event', () => {
    const random = createRandomSource(1);
    expect(drawMany(1000, () => samplePoisson(random, 0)).every((k) => k === 0)).toBe(true);
  });
});

describe('logFactorial', () => {
  test.each([0, 1, 5, 255, 256, 300, 5000])('matches the sum of logs at k = %d', (k) => {
    let expected = 0;
    for (let i = 2; i <= k; i++) expected += Math.log(i);
    expect(logFactorial(k)).toBeCloseTo(expected, 8);
  });
});

describe('sampleGamma and sampleBeta', () => {
  test.each([0.5, 1, 2.5, 5])('Gamma(%d) has mean and variance equal to its shape', (shape) => {
    const random = createRandomSource(Math.round(shape * 10));
    const { mean, variance } = summarise(drawMany(100_000, () => sampleGamma(random, shape)));
    expect(Math.abs(mean / shape - 1)).toBeLessThan(0.02);
    expect(Math.abs(variance / shape - 1)).toBeLessThan(0.04);
  });

  test('Beta(2, 4) has mean 1/3 and variance 2/63', () => {
    const random = createRandomSource(99);
    const draws = drawMany(100_000, () => sampleBeta(random, 2, 4));
    const { mean, variance } = summarise(draws);
    expect(mean).toBeCloseTo(1 / 3, 2);
    expect(variance).toBeCloseTo(2 / 63, 3);
    expect(draws.every((x) => x > 0 && x < 1)).toBe(true);
  });
});

describe('modified PERT', () => {
  test('shape follows riskquant: alpha = 1 + 4(mode-min)/range, beta = 1 + 4(max-mode)/range', () => {
    expect(getPertShape(0, 1, 4)).toEqual({ alpha: 2, beta: 4 });
    expect(getPertShape(2, 2, 10)).toEqual({ alpha: 1, beta: 5 });
  });

  test.each([
    [0, 1, 4],
    [0.01, 0.05, 0.5],
    [1, 9, 10],
    [2, 2, 10],
  ])('mean of 100k draws of PERT(%d, %d, %d) is near (min + 4 mode + max) / 6 and stays in range', (min, mode, max) => {
    const random = createRandomSource(Math.round(max * 1000));
    const draws = drawMany(100_000, () => samplePert(random, min, mode, max));
    const expected = (min + 4 * mode + max) / 6;
    expect(pertMean(min, mode, max)).toBeCloseTo(expected, 12);
    expect(Math.abs(summarise(draws).mean / expected - 1)).toBeLessThan(0.01);
    expect(draws.every((x) => x >= min && x <= max)).toBe(true);
  });

  test('a degenerate range is the constant, with no draw', () => {
    const random = createRandomSource(5);
    expect(samplePert(random, 3, 3, 3)).toBe(3);
  });
});
