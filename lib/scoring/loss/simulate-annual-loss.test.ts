import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { fitLognormal, lognormalMean, pertMean, POISSON_KNUTH_LIMIT } from './distributions';
import { LOSS_MODEL_VERSION, simulateAnnualLoss } from './index';
import type { TLossModelInput, TLossResult, TLossScenarioInput } from './index';

const riskquantScenario: TLossScenarioInput = {
  id: 'riskquant-readme',
  annualFrequency: { min: 0.1, mode: 0.1, max: 0.1 },
  magnitude: { p05: 100_000, p95: 1_000_000 },
};

const portfolio: TLossModelInput = {
  scenarios: [
    { id: 'idp-token-forgery', annualFrequency: { min: 0.01, mode: 0.05, max: 0.3 }, magnitude: { p05: 200_000, p95: 20_000_000 }, magnitudeCap: 10_000_000 },
    { id: 'bec', annualFrequency: { min: 0.5, mode: 2, max: 6 }, magnitude: { p05: 5_000, p95: 250_000 } },
    { id: 'account-takeover', annualFrequency: { min: 1, mode: 4, max: 15 }, magnitude: { p05: 1_000, p95: 50_000 } },
    { id: 'ransomware', annualFrequency: { min: 0.02, mode: 0.1, max: 0.5 }, magnitude: { p05: 100_000, p95: 5_000_000 } },
  ],
};

function constantScenario(id: string, frequency: number, magnitude: number): TLossScenarioInput {
  return { id, annualFrequency: { min: frequency, mode: frequency, max: frequency }, magnitude: { p05: magnitude, p95: magnitude } };
}

/** Standard normal CDF via erf (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7): plenty for a 1.5% check. */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe('determinism', () => {
  test('the same input and seed give a bit-identical result', () => {
    const first = simulateAnnualLoss(portfolio, { trials: 5_000, seed: 42 });
    const second = simulateAnnualLoss(structuredClone(portfolio), { trials: 5_000, seed: 42 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  test('a different seed gives different draws', () => {
    const a = simulateAnnualLoss(portfolio, { trials: 5_000, seed: 1 });
    const b = simulateAnnualLoss(portfolio, { trials: 5_000, seed: 2 });
    expect(b.annualisedLossExpectancy).not.toBe(a.annualisedLossExpectancy);
    expect(b.percentiles).not.toEqual(a.percentiles);
    expect(b.byScenario.map((s) => s.meanEventsPerYear)).not.toEqual(a.byScenario.map((s) => s.meanEventsPerYear));
  });

  // Golden values: if this fails, the draws changed. That is allowed only with a new LOSS_MODEL_VERSION,
  // because stored assessments record the version their loss figures came from.
  // signet-loss@1.1.0 added the insured layer and left the draws of 1.0.0 as they were.
  test('pins the draws (unchanged since signet-loss@1.0.0)', () => {
    const result = simulateAnnualLoss(portfolio, { trials: 10_000, seed: 7 });
    expect(LOSS_MODEL_VERSION).toBe('signet-loss@1.1.0');
    expect(result.modelVersion).toBe(LOSS_MODEL_VERSION);
    expect({ ale: result.annualisedLossExpectancy, percentiles: result.percentiles, any: result.probabilityOfAnyLoss }).toEqual({
      ale: 760_023,
      percentiles: { p50: 239_790, p90: 1_577_130, p95: 3_219_395, p99: 10_218_640 },
      any: 0.9975,
    });
  });

  test('a scenario draws the same numbers wherever it sits in the list', () => {
    const forward = simulateAnnualLoss(portfolio, { trials: 5_000, seed: 9 });
    const reversed = simulateAnnualLoss({ scenarios: [...portfolio.scenarios].reverse() }, { trials: 5_000, seed: 9 });
    expect([...reversed.byScenario].reverse()).toEqual(forward.byScenario);
    // Only the float summation order of a year's scenarios differs.
    expect(Math.abs(reversed.annualisedLossExpectancy - forward.annualisedLossExpectancy)).toBeLessThanOrEqual(1);
    expect(Math.abs(reversed.percentiles.p99 - forward.percentiles.p99)).toBeLessThanOrEqual(1);
  });
});

describe('analytic checks', () => {
  test('constant frequency k and constant magnitude m give ALE = k·m and Poisson(k)·m percentiles', () => {
    const result = simulateAnnualLoss({ scenarios: [constantScenario('fixed', 3, 25_000)] }, { trials: 100_000, seed: 11 });
    // Standard error of the mean count is sqrt(3 / 100k) ≈ 0.18% of 3.
    expect(Math.abs(result.annualisedLossExpectancy / 75_000 - 1)).toBeLessThan(0.01);
    expect(Math.abs(result.byScenario[0]!.meanEventsPerYear / 3 - 1)).toBeLessThan(0.01);
    // Poisson(3): median 3, 90th 5, 95th 6, 99th 8 events — far from any CDF step at n = 100k.
    expect(result.percentiles).toEqual({ p50: 75_000, p90: 125_000, p95: 150_000, p99: 200_000 });
    expect(Math.abs(result.probabilityOfAnyLoss - (1 - Math.exp(-3)))).toBeLessThan(0.005);
    // P(L >= x) = P(N >= ceil(x / m)).
    for (const { loss, probability } of result.exceedanceCurve) {
      const needed = Math.ceil(loss / 25_000);
      let below = 0;
      let term = Math.exp(-3);
      for (let n = 0; n < needed; n++) {
        below += term;
        term *= 3 / (n + 1);
      }
      expect(Math.abs(probability - (1 - below))).toBeLessThan(0.005);
    }
  });

  test('a frequency of zero gives no loss at all', () => {
    const result = simulateAnnualLoss({ scenarios: [constantScenario('never', 0, 1_000_000)] }, { trials: 1_000, seed: 1 });
    expect(result.annualisedLossExpectancy).toBe(0);
    expect(result.probabilityOfAnyLoss).toBe(0);
    expect(result.exceedanceCurve).toEqual([]);
  });

  test('zero scenarios give all zeros', () => {
    expect(simulateAnnualLoss({ scenarios: [] }, { trials: 100, seed: 3 })).toEqual({
      modelVersion: LOSS_MODEL_VERSION,
      trials: 100,
      seed: 3,
      annualisedLossExpectancy: 0,
      percentiles: { p50: 0, p90: 0, p95: 0, p99: 0 },
      exceedanceCurve: [],
      probabilityOfAnyLoss: 0,
      byScenario: [],
    } satisfies TLossResult);
  });

  test('riskquant cross-check: frequency 0.1, $100k–$1M gives an ALE of about 40.4k (±5%)', () => {
    const result = simulateAnnualLoss({ scenarios: [riskquantScenario] }, { trials: 200_000, seed: 2024 });
    const analytic = 0.1 * lognormalMean(fitLognormal(100_000, 1_000_000));
    expect(analytic).toBeCloseTo(40_400, -2);
    // Standard error at 200k trials is about 0.9% of the mean.
    expect(Math.abs(result.annualisedLossExpectancy / 40_400 - 1)).toBeLessThan(0.05);
    expect(result.percentiles.p50).toBe(0);
    expect(Math.abs(result.probabilityOfAnyLoss - (1 - Math.exp(-0.1)))).toBeLessThan(0.003);
  });

  test('a cap below the tail gives E[min(X, cap)] per event', () => {
    const cap = 500_000;
    const { mu, sigma } = fitLognormal(100_000, 1_000_000);
    const logCap = Math.log(cap);
    const expected = Math.exp(mu + (sigma * sigma) / 2) * normalCdf((logCap - mu - sigma * sigma) / sigma) + cap * (1 - normalCdf((logCap - mu) / sigma));
    const scenario = { ...riskquantScenario, annualFrequency: { min: 1, mode: 1, max: 1 }, magnitudeCap: cap };
    const result = simulateAnnualLoss({ scenarios: [scenario] }, { trials: 100_000, seed: 5 });
    expect(expected).toBeLessThan(lognormalMean({ mu, sigma }) * 0.8); // the cap must matter for this test to mean anything
    expect(Math.abs(result.annualisedLossExpectancy / expected - 1)).toBeLessThan(0.015);
  });

  test('a cap below p05 makes every event cost exactly the cap', () => {
    const scenario = { ...riskquantScenario, annualFrequency: { min: 2, mode: 2, max: 2 }, magnitudeCap: 10_000 };
    const result = simulateAnnualLoss({ scenarios: [scenario] }, { trials: 20_000, seed: 5 });
    expect(result.annualisedLossExpectancy).toBe(Math.round(result.byScenario[0]!.meanEventsPerYear * 10_000));
    expect(result.percentiles.p50).toBe(20_000);
  });

  test.each([
    [0.2, 1, 6],
    [5, 12, 40],
  ])('simulated events per year average the PERT(%d, %d, %d) mean', (min, mode, max) => {
    const scenario = { id: 'pert', annualFrequency: { min, mode, max }, magnitude: { p05: 1_000, p95: 10_000 } };
    const result = simulateAnnualLoss({ scenarios: [scenario] }, { trials: 100_000, seed: 17 });
    expect(Math.abs(result.byScenario[0]!.meanEventsPerYear / pertMean(min, mode, max) - 1)).toBeLessThan(0.01);
  });

  test('high frequencies (PTRS branch) keep the Poisson mean', () => {
    const result = simulateAnnualLoss({ scenarios: [constantScenario('phish', 250, 100)] }, { trials: 20_000, seed: 8 });
    expect(Math.abs(result.byScenario[0]!.meanEventsPerYear / 250 - 1)).toBeLessThan(0.005);
    expect(Math.abs(result.annualisedLossExpectancy / 25_000 - 1)).toBeLessThan(0.005);
  });

  test('per-scenario ALEs add up to the total, up to whole-EUR rounding', () => {
    const result = simulateAnnualLoss(portfolio, { trials: 10_000, seed: 3 });
    const sum = result.byScenario.reduce((total, s) => total + s.annualisedLossExpectancy, 0);
    expect(Math.abs(sum - result.annualisedLossExpectancy)).toBeLessThanOrEqual(portfolio.scenarios.length);
  });

  test('the exceedance curve starts at the median and ends at the worst simulated year', () => {
    const result = simulateAnnualLoss(portfolio, { trials: 10_000, seed: 4, exceedancePoints: 12 });
    expect(result.exceedanceCurve).toHaveLength(12);
    // Points are floored (so P(L >= point) is never understated); percentiles are rounded.
    expect(Math.abs(result.exceedanceCurve[0]!.loss - result.percentiles.p50)).toBeLessThanOrEqual(1);
    expect(result.exceedanceCurve[0]!.probability).toBeGreaterThanOrEqual(0.5);
    expect(result.exceedanceCurve[0]!.probability).toBeLessThan(0.501);
    expect(result.exceedanceCurve.at(-1)!.probability).toBe(1 / 10_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties. Draws are keyed by (seed, scenario id, year), so two runs with one seed share their
// random numbers: scaling a frequency triple or both magnitude percentiles moves every simulated
// year up (pathwise), which lets those properties be exact instead of "within Monte-Carlo noise".

type TScenarioSeed = { min: number; modeStep: number; maxStep: number; p05: number; spread: number; cap: number | undefined };

// fc.double spreads its draws over float bit patterns (92% of draws on [0, 20] are below 0.01), which
// would test almost nothing but zero frequencies. These draw uniformly on a linear or log scale
// and mix in the exact edge values (0, a degenerate range, p05 == p95).
const linear = (max: number): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((i) => (i / 1_000_000) * max), weight: 4 }, { arbitrary: fc.constant(0), weight: 1 });
const logUniform = (fromExponent: number, toExponent: number): fc.Arbitrary<number> =>
  fc.integer({ min: fromExponent * 1000, max: toExponent * 1000 }).map((i) => 10 ** (i / 1000));
const arbitraryFactor = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max: 100_000 }).map((i) => 1 + ((max - 1) * i) / 100_000);

const arbitraryScenarioSeed = (maxFrequency: number, maxSpreadExponent = 3): fc.Arbitrary<TScenarioSeed> =>
  fc.record({
    min: linear(maxFrequency / 3),
    modeStep: linear(maxFrequency / 3),
    maxStep: linear(maxFrequency / 3),
    p05: logUniform(0, 7),
    spread: fc.oneof({ arbitrary: logUniform(0, maxSpreadExponent), weight: 4 }, { arbitrary: fc.constant(1), weight: 1 }),
    cap: fc.option(logUniform(0, 9), { nil: undefined }),
  });

function buildScenario(seed: TScenarioSeed, index: number): TLossScenarioInput {
  const mode = seed.min + seed.modeStep;
  return {
    id: `scenario-${index}`,
    annualFrequency: { min: seed.min, mode, max: mode + seed.maxStep },
    magnitude: { p05: seed.p05, p95: seed.p05 * seed.spread },
    ...(seed.cap === undefined ? {} : { magnitudeCap: seed.cap }),
  };
}

const arbitraryModel = (maxFrequency: number, minScenarios = 0, maxSpreadExponent = 3): fc.Arbitrary<TLossModelInput> =>
  fc
    .array(arbitraryScenarioSeed(maxFrequency, maxSpreadExponent), { minLength: minScenarios, maxLength: 4 })
    .map((seeds) => ({ scenarios: seeds.map(buildScenario) }));

const arbitrarySeed = fc.integer({ min: 0, max: 0xffffffff });

function replaceScenario(model: TLossModelInput, index: number, change: (s: TLossScenarioInput) => TLossScenarioInput): TLossModelInput {
  return { scenarios: model.scenarios.map((s, i) => (i === index ? change(s) : s)) };
}

function expectNotLower(raised: TLossResult, base: TLossResult): void {
  expect(raised.annualisedLossExpectancy).toBeGreaterThanOrEqual(base.annualisedLossExpectancy);
  for (const key of ['p50', 'p90', 'p95', 'p99'] as const) {
    expect(raised.percentiles[key]).toBeGreaterThanOrEqual(base.percentiles[key]);
  }
  expect(raised.probabilityOfAnyLoss).toBeGreaterThanOrEqual(base.probabilityOfAnyLoss);
}

// A generous limit, not a timing assertion: these run ~1 s alone but share the CPU with other suites.
describe('properties', { timeout: 30_000 }, () => {
  test('results are well-formed for any valid input', () => {
    fc.assert(
      fc.property(arbitraryModel(60), arbitrarySeed, fc.integer({ min: 1, max: 1_500 }), fc.integer({ min: 2, max: 40 }), (model, seed, trials, points) => {
        const result = simulateAnnualLoss(model, { trials, seed, exceedancePoints: points });
        const { p50, p90, p95, p99 } = result.percentiles;
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(p95);
        expect(p95).toBeLessThanOrEqual(p99);
        for (const value of [result.annualisedLossExpectancy, p50, p90, p95, p99]) {
          expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        }
        expect(result.probabilityOfAnyLoss).toBeGreaterThanOrEqual(0);
        expect(result.probabilityOfAnyLoss).toBeLessThanOrEqual(1);
        expect(result.exceedanceCurve.length).toBeLessThanOrEqual(points);
        result.exceedanceCurve.forEach((point, i) => {
          expect(Number.isInteger(point.loss) && point.loss >= 1).toBe(true);
          expect(point.probability).toBeGreaterThan(0);
          expect(point.probability).toBeLessThanOrEqual(1);
          const previous = result.exceedanceCurve[i - 1];
          if (previous) {
            expect(point.loss).toBeGreaterThan(previous.loss);
            expect(point.probability).toBeLessThanOrEqual(previous.probability);
          }
        });
        expect(result.byScenario.map((s) => s.id)).toEqual(model.scenarios.map((s) => s.id));
        for (const s of result.byScenario) {
          expect(Number.isFinite(s.meanEventsPerYear) && s.meanEventsPerYear >= 0).toBe(true);
          expect(Number.isSafeInteger(s.annualisedLossExpectancy) && s.annualisedLossExpectancy >= 0).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('scaling a scenario’s frequency range up never lowers any simulated year (Knuth range)', () => {
    // Below POISSON_KNUTH_LIMIT the count is monotone in lambda on shared uniforms, so this is exact.
    const maxFrequency = (POISSON_KNUTH_LIMIT - 0.01) / 2;
    fc.assert(
      fc.property(arbitraryModel(maxFrequency, 1), arbitrarySeed, fc.nat(), arbitraryFactor(2), (model, seed, pick, factor) => {
        const index = pick % model.scenarios.length;
        const raised = replaceScenario(model, index, (s) => ({
          ...s,
          annualFrequency: { min: s.annualFrequency.min * factor, mode: s.annualFrequency.mode * factor, max: s.annualFrequency.max * factor },
        }));
        expectNotLower(simulateAnnualLoss(raised, { trials: 800, seed }), simulateAnnualLoss(model, { trials: 800, seed }));
      }),
    );
  });

  test('scaling a scenario’s magnitude (p05 and p95 together) up never lowers any simulated year', () => {
    fc.assert(
      fc.property(arbitraryModel(60, 1), arbitrarySeed, fc.nat(), arbitraryFactor(10), (model, seed, pick, factor) => {
        const index = pick % model.scenarios.length;
        const raised = replaceScenario(model, index, (s) => ({ ...s, magnitude: { p05: s.magnitude.p05 * factor, p95: s.magnitude.p95 * factor } }));
        expectNotLower(simulateAnnualLoss(raised, { trials: 800, seed }), simulateAnnualLoss(model, { trials: 800, seed }));
      }),
    );
  });

  test('raising or removing a cap, or adding a scenario, never lowers any simulated year', () => {
    fc.assert(
      fc.property(arbitraryModel(60, 1), arbitraryScenarioSeed(30), arbitrarySeed, fc.nat(), (model, extra, seed, pick) => {
        const options = { trials: 600, seed };
        const base = simulateAnnualLoss(model, options);
        const index = pick % model.scenarios.length;
        const uncapped = replaceScenario(model, index, ({ magnitudeCap: _cap, ...rest }) => rest);
        expectNotLower(simulateAnnualLoss(uncapped, options), base);
        const withExtra = { scenarios: [buildScenario(extra, 99), ...model.scenarios] };
        expectNotLower(simulateAnnualLoss(withExtra, options), base);
      }),
    );
  });

  test('raising any one of min, mode, max or p95 does not lower ALE beyond Monte-Carlo noise', () => {
    // These change the Beta shape or the lognormal sigma, so years are not coupled one-for-one; with a
    // common seed the drop is still tiny (worst seen < 1% at 2,000 trials over ~6,000 random cases). Raising p05 alone is left
    // out on purpose: with a wide spread it narrows sigma and genuinely lowers the mean (next test).
    type TField = 'min' | 'mode' | 'max' | 'p95';
    const fields: TField[] = ['min', 'mode', 'max', 'p95'];
    fc.assert(
      fc.property(
        arbitraryModel(60, 1),
        arbitrarySeed,
        fc.nat(),
        fc.constantFrom(...fields),
        arbitraryFactor(3),
        (model, seed, pick, field, factor) => {
          const index = pick % model.scenarios.length;
          const raised = replaceScenario(model, index, (s) => {
            const { min, mode, max } = s.annualFrequency;
            if (field === 'p95') return { ...s, magnitude: { ...s.magnitude, p95: s.magnitude.p95 * factor } };
            if (field === 'max') return { ...s, annualFrequency: { min, mode, max: max * factor + 0.01 } };
            if (field === 'mode') return { ...s, annualFrequency: { min, mode: Math.min(mode * factor + 0.01, max), max } };
            return { ...s, annualFrequency: { min: Math.min(min * factor + 0.01, mode), mode, max } };
          });
          const options = { trials: 2_000, seed };
          // With very rare events (a handful over all trials) one event more or less is the whole
          // answer, and a shape change re-draws which years have one: that is sampling noise, not
          // the model. Judge only models expecting at least 100 events over the trials.
          const expectedEvents = options.trials * model.scenarios.reduce((sum, { annualFrequency: f }) => sum + (f.min + 4 * f.mode + f.max) / 6, 0);
          fc.pre(expectedEvents >= 100);
          const base = simulateAnnualLoss(model, options).annualisedLossExpectancy;
          expect(simulateAnnualLoss(raised, options).annualisedLossExpectancy).toBeGreaterThanOrEqual(base * 0.98);
        },
      ),
      // A noise bound, unlike the exact properties above: a fixed fast-check seed keeps CI
      // deterministic (a random search over thousands of runs does find 3-sigma draws).
      { numRuns: 60, seed: 1_128 },
    );
  });

  test('documented limit: raising only p05 of a wide spread lowers the expected loss', () => {
    // sigma = ln(p95/p05) / 3.29 falls as p05 rises; once sigma > 1.645 the lost tail outweighs the
    // higher median. Callers mapping answers to magnitudes should move p05 and p95 together.
    expect(lognormalMean(fitLognormal(2_000, 1_000_000))).toBeLessThan(lognormalMean(fitLognormal(1_000, 1_000_000)));
  });
});
