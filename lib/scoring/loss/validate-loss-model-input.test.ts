import { describe, expect, test } from 'vitest';

import { LossModelError, simulateAnnualLoss } from './index';
import type { TLossScenarioInput } from './index';
import { validateLossModelInput, validateLossSimulationOptions } from './validate-loss-model-input';

const validScenario: TLossScenarioInput = {
  id: 'bec',
  annualFrequency: { min: 0.5, mode: 1, max: 3 },
  magnitude: { p05: 5_000, p95: 250_000 },
};

function withScenario(patch: Record<string, unknown>): unknown {
  return { scenarios: [{ ...validScenario, ...patch }] };
}

describe('validateLossModelInput', () => {
  test.each([
    ['no scenarios', { scenarios: [] }],
    ['a full scenario', { scenarios: [validScenario] }],
    ['a constant frequency and magnitude', withScenario({ annualFrequency: { min: 2, mode: 2, max: 2 }, magnitude: { p05: 10, p95: 10 } })],
    ['a zero frequency', withScenario({ annualFrequency: { min: 0, mode: 0, max: 0 } })],
    ['a magnitude cap', withScenario({ magnitudeCap: 1_000_000 })],
  ])('accepts %s', (_label, input) => {
    expect(validateLossModelInput(input)).toEqual([]);
  });

  // Each row: a broken input and a fragment the single resulting problem must contain.
  test.each([
    ['null input', null, 'input must be an object with a scenarios array (got null)'],
    ['an array as input', [], 'input must be an object with a scenarios array (got an array)'],
    ['missing scenarios', {}, 'scenarios must be an array (got nothing)'],
    ['a scenario that is not an object', { scenarios: [42] }, 'scenarios[0] must be an object (got 42)'],
    ['an empty id', withScenario({ id: '  ' }), 'scenarios[0].id must be a non-empty string (got "  ")'],
    ['a missing frequency', withScenario({ annualFrequency: undefined }), 'scenarios[0] ("bec"): annualFrequency must be an object { min, mode, max } (got nothing)'],
    ['a NaN frequency', withScenario({ annualFrequency: { min: Number.NaN, mode: 1, max: 3 } }), 'annualFrequency.min must be a finite number (got NaN)'],
    ['an infinite frequency', withScenario({ annualFrequency: { min: 0, mode: 1, max: Number.POSITIVE_INFINITY } }), 'annualFrequency.max must be a finite number (got Infinity)'],
    ['a string frequency', withScenario({ annualFrequency: { min: 0, mode: '1', max: 3 } }), 'annualFrequency.mode must be a finite number (got "1")'],
    ['a negative frequency', withScenario({ annualFrequency: { min: -1, mode: 1, max: 3 } }), 'annualFrequency.min must be at least 0 (got -1)'],
    ['an inverted frequency range', withScenario({ annualFrequency: { min: 3, mode: 3, max: 1 } }), 'annualFrequency.min (3) must not exceed annualFrequency.max (1)'],
    ['a mode below min', withScenario({ annualFrequency: { min: 1, mode: 0.5, max: 3 } }), 'annualFrequency.mode (0.5) must not be below annualFrequency.min (1)'],
    ['a mode above max', withScenario({ annualFrequency: { min: 1, mode: 4, max: 3 } }), 'annualFrequency.mode (4) must not exceed annualFrequency.max (3)'],
    ['an absurd frequency', withScenario({ annualFrequency: { min: 1, mode: 2, max: 50_000 } }), 'annualFrequency.max (50000) must not exceed 1000 loss events per year'],
    ['a missing magnitude', withScenario({ magnitude: null }), 'magnitude must be an object { p05, p95 } in EUR (got null)'],
    ['a zero p05', withScenario({ magnitude: { p05: 0, p95: 10 } }), 'magnitude.p05 must be greater than 0 (got 0)'],
    ['a negative p95', withScenario({ magnitude: { p05: 10, p95: -5 } }), 'magnitude.p95 must be greater than 0 (got -5)'],
    ['a NaN p95', withScenario({ magnitude: { p05: 10, p95: Number.NaN } }), 'magnitude.p95 must be a finite number (got NaN)'],
    ['an inverted magnitude range', withScenario({ magnitude: { p05: 500, p95: 100 } }), 'magnitude.p05 (500) must not exceed magnitude.p95 (100)'],
    ['an absurd p95', withScenario({ magnitude: { p05: 10, p95: 1e300 } }), 'magnitude.p95 (1e+300) must not exceed 1000000000000 EUR'],
    ['an absurd cap', withScenario({ magnitudeCap: 2e12 }), 'magnitudeCap (2000000000000) must not exceed 1000000000000 EUR'],
    ['a zero cap', withScenario({ magnitudeCap: 0 }), 'magnitudeCap must be greater than 0 (got 0)'],
    ['a NaN cap', withScenario({ magnitudeCap: Number.NaN }), 'magnitudeCap must be a finite number (got NaN)'],
    ['a duplicate id', { scenarios: [validScenario, validScenario] }, 'scenarios[1] ("bec"): id is used by an earlier scenario; ids must be unique'],
    ['too many scenarios', { scenarios: Array.from({ length: 101 }, (_, i) => ({ ...validScenario, id: `s${i}` })) }, 'scenarios has 101 entries; at most 100 are supported'],
  ])('reports %s', (_label, input, expected) => {
    const problems = validateLossModelInput(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  test('reports every problem at once, not just the first', () => {
    const problems = validateLossModelInput({
      scenarios: [
        { id: 'a', annualFrequency: { min: -1, mode: 0, max: 1 }, magnitude: { p05: 10, p95: 1 } },
        { id: '', annualFrequency: { min: 0, mode: 0, max: 0 }, magnitude: { p05: 1, p95: 2 } },
      ],
    });
    expect(problems).toEqual([
      'scenarios[0] ("a"): annualFrequency.min must be at least 0 (got -1)',
      'scenarios[0] ("a"): magnitude.p05 (10) must not exceed magnitude.p95 (1)',
      'scenarios[1].id must be a non-empty string (got "")',
    ]);
  });
});

describe('validateLossSimulationOptions', () => {
  test('accepts the documented range', () => {
    expect(validateLossSimulationOptions({ trials: 1, seed: 0 })).toEqual([]);
    expect(validateLossSimulationOptions({ trials: 10_000_000, seed: 0xffffffff, exceedancePoints: 50 })).toEqual([]);
  });

  test.each([
    ['options missing', undefined, 'options must be an object { trials, seed } (got nothing)'],
    ['zero trials', { trials: 0, seed: 1 }, 'options.trials must be between 1 and 10000000 (got 0)'],
    ['too many trials', { trials: 10_000_001, seed: 1 }, 'options.trials must be between 1 and 10000000 (got 10000001)'],
    ['fractional trials', { trials: 10.5, seed: 1 }, 'options.trials must be an integer (got 10.5)'],
    ['NaN trials', { trials: Number.NaN, seed: 1 }, 'options.trials must be an integer (got NaN)'],
    ['a negative seed', { trials: 10, seed: -1 }, 'options.seed must be between 0 and 4294967295 (got -1)'],
    ['a fractional seed', { trials: 10, seed: 0.5 }, 'options.seed must be an integer (got 0.5)'],
    ['one exceedance point', { trials: 10, seed: 1, exceedancePoints: 1 }, 'options.exceedancePoints must be between 2 and 1000 (got 1)'],
  ])('reports %s', (_label, options, expected) => {
    expect(validateLossSimulationOptions(options)).toEqual([expected]);
  });
});

describe('simulateAnnualLoss guards', () => {
  test('throws a LossModelError carrying every input and option problem', () => {
    const bad = { scenarios: [{ ...validScenario, annualFrequency: { min: 2, mode: 1, max: 3 } }] };
    let caught: unknown;
    try {
      simulateAnnualLoss(bad, { trials: 0, seed: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LossModelError);
    const error = caught as LossModelError;
    expect(error.code).toBe('INVALID_LOSS_MODEL_INPUT');
    expect(error.problems).toEqual([
      'scenarios[0] ("bec"): annualFrequency.mode (1) must not be below annualFrequency.min (2)',
      'options.trials must be between 1 and 10000000 (got 0)',
    ]);
    expect(error.message).toContain('annualFrequency.mode (1) must not be below');
  });
});

describe('layer', () => {
  test('needs a retention of at least 0 and a positive limit', () => {
    const scenarios = [{ id: 'a', annualFrequency: { min: 0, mode: 1, max: 2 }, magnitude: { p05: 1, p95: 2 } }];
    expect(validateLossModelInput({ scenarios, layer: { retentionPerEvent: 0, aggregateLimit: 1 } })).toEqual([]);
    expect(validateLossModelInput({ scenarios, layer: { retentionPerEvent: -1, aggregateLimit: 0 } })).toEqual([
      'layer.retentionPerEvent must be at least 0 (got -1)',
      'layer.aggregateLimit must be greater than 0 (got 0)',
    ]);
    expect(validateLossModelInput({ scenarios, layer: 5 })).toEqual(['layer must be an object { retentionPerEvent, aggregateLimit } (got 5)']);
  });
});
