import { fitLognormal, getPertShape, sampleBeta, sampleLognormal, samplePoisson } from './distributions';
import { LossModelError } from './loss-model-error';
import { createRandomSource, mixBits, seedFromString } from './random';
import type { TRandomSource } from './random';
import { LOSS_MODEL_VERSION } from './types';
import type { TLossExceedancePoint, TLossModelInput, TLossResult, TLossScenarioInput, TLossSimulationOptions } from './types';
import { validateLossModelInput, validateLossSimulationOptions } from './validate-loss-model-input';

export const DEFAULT_EXCEEDANCE_POINTS = 20;

// Stream tags within one (scenario, year). The PERT draw, the event count and the event magnitudes
// each get their own stream, so a change to one cannot shift the random numbers another receives:
// a PERT that needs more rejection steps, or a year with an extra event, leaves the rest untouched.
// That keeps two runs with the same seed coupled year by year (common random numbers).
const STREAMS_PER_YEAR = 3;
const RATE_STREAM = 0;
const COUNT_STREAM = 1;
const MAGNITUDE_STREAM = 2;

type TScenarioPlan = {
  keyA: number;
  keyB: number;
  lambdaMin: number;
  lambdaRange: number;
  alpha: number;
  beta: number;
  mu: number;
  sigma: number;
  /** Set when p05 == p95: every event costs exactly this, with no draw (and no exp/log round-off). */
  constantMagnitude: number | undefined;
  cap: number;
};

function planScenario(scenario: TLossScenarioInput, seed: number): TScenarioPlan {
  const { min, mode, max } = scenario.annualFrequency;
  const { p05, p95 } = scenario.magnitude;
  // Keyed by the scenario id, not its position: adding, removing or reordering scenarios leaves
  // every other scenario's draws untouched (common random numbers across what-if runs).
  const idHash = seedFromString(scenario.id);
  const shape = max > min ? getPertShape(min, mode, max) : { alpha: 1, beta: 1 };
  const { mu, sigma } = fitLognormal(p05, p95);
  return {
    keyA: mixBits((mixBits(idHash) ^ seed) >>> 0),
    keyB: mixBits((mixBits((idHash ^ 0x27d4eb2f) >>> 0) + mixBits(seed)) >>> 0),
    lambdaMin: min,
    lambdaRange: max - min,
    alpha: shape.alpha,
    beta: shape.beta,
    mu,
    sigma,
    constantMagnitude: p05 === p95 ? p05 : undefined,
    cap: scenario.magnitudeCap ?? Number.POSITIVE_INFINITY,
  };
}

type TYearDraw = { events: number; loss: number; layerLoss: number };

/**
 * One scenario's year: its event count and loss, and (with a retention) the part of each event above
 * the retention. `retention` is +Infinity without a layer, so layerLoss stays 0.
 */
function simulateScenarioYear(random: TRandomSource, plan: TScenarioPlan, year: number, retention: number, out: TYearDraw): void {
  const counter = STREAMS_PER_YEAR * year;
  let lambda = plan.lambdaMin;
  if (plan.lambdaRange > 0) {
    random.reseed(plan.keyA, plan.keyB, counter + RATE_STREAM);
    lambda += plan.lambdaRange * sampleBeta(random, plan.alpha, plan.beta);
  }
  random.reseed(plan.keyA, plan.keyB, counter + COUNT_STREAM);
  const events = samplePoisson(random, lambda);
  let loss = 0;
  let layerLoss = 0;
  if (events > 0) {
    random.reseed(plan.keyA, plan.keyB, counter + MAGNITUDE_STREAM);
    for (let event = 0; event < events; event++) {
      const magnitude = plan.constantMagnitude ?? sampleLognormal(random, plan);
      const capped = magnitude < plan.cap ? magnitude : plan.cap;
      loss += capped;
      if (capped > retention) layerLoss += capped - retention;
    }
  }
  out.events = events;
  out.loss = loss;
  out.layerLoss = layerLoss;
}

/** Linear interpolation between order statistics (numpy's default, Hyndman–Fan type 7). */
function readPercentile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}

/** Index of the first element >= value in an ascending array. */
function findFirstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Log-spaced points from the median annual loss (or, when most years are loss-free, the 5th percentile
 * of the loss-making years) up to the worst simulated year: the part of the curve an underwriter reads
 * for 1-in-10 and 1-in-100 years. Points are whole EUR, at least 1, strictly ascending after rounding.
 */
function buildExceedanceCurve(sorted: Float64Array, median: number, pointCount: number): TLossExceedancePoint[] {
  const trials = sorted.length;
  const firstPositive = findFirstAtLeast(sorted, Number.MIN_VALUE);
  if (firstPositive === trials) return [];
  const upper = sorted[trials - 1]!;
  const lower = median > 0 ? median : sorted[firstPositive + Math.floor(0.05 * (trials - firstPositive))]!;
  const losses: number[] = [];
  const ratio = upper / lower;
  for (let i = 0; i < pointCount; i++) {
    const raw = i === pointCount - 1 ? upper : lower * Math.pow(ratio, i / (pointCount - 1));
    const loss = Math.max(1, Math.floor(raw));
    if (losses.length === 0 || loss > losses[losses.length - 1]!) losses.push(loss);
    if (lower >= upper) break;
  }
  return losses.map((loss) => ({ loss, probability: (trials - findFirstAtLeast(sorted, loss)) / trials }));
}

/**
 * Monte-Carlo annual loss for a set of independent scenarios. Throws LossModelError listing every
 * problem when the input or options are unusable. Same input + same seed gives a bit-identical result.
 */
export function simulateAnnualLoss(input: TLossModelInput, options: TLossSimulationOptions): TLossResult {
  const problems = [...validateLossModelInput(input), ...validateLossSimulationOptions(options)];
  if (problems.length > 0) throw new LossModelError(problems);

  const { trials, seed } = options;
  const pointCount = options.exceedancePoints ?? DEFAULT_EXCEEDANCE_POINTS;
  const plans = input.scenarios.map((scenario) => planScenario(scenario, seed));
  const annualLosses = new Float64Array(trials);
  const scenarioLossSums = new Float64Array(plans.length);
  const scenarioEventSums = new Float64Array(plans.length);
  const random = createRandomSource(seed);
  const draw: TYearDraw = { events: 0, loss: 0, layerLoss: 0 };
  const retention = input.layer ? input.layer.retentionPerEvent : Number.POSITIVE_INFINITY;
  const aggregateLimit = input.layer ? input.layer.aggregateLimit : 0;
  let yearsWithEvents = 0;
  let lossSum = 0;
  let layerLossSum = 0;
  let yearsWithPayment = 0;

  for (let year = 0; year < trials; year++) {
    let yearLoss = 0;
    let yearLayerLoss = 0;
    let yearEvents = 0;
    for (let index = 0; index < plans.length; index++) {
      simulateScenarioYear(random, plans[index]!, year, retention, draw);
      yearLoss += draw.loss;
      yearLayerLoss += draw.layerLoss;
      yearEvents += draw.events;
      scenarioLossSums[index]! += draw.loss;
      scenarioEventSums[index]! += draw.events;
    }
    annualLosses[year] = yearLoss;
    lossSum += yearLoss;
    if (yearEvents > 0) yearsWithEvents++;
    if (yearLayerLoss > 0) {
      layerLossSum += yearLayerLoss < aggregateLimit ? yearLayerLoss : aggregateLimit;
      yearsWithPayment++;
    }
  }

  const sorted = annualLosses.sort();
  const p50 = readPercentile(sorted, 0.5);
  return {
    modelVersion: LOSS_MODEL_VERSION,
    trials,
    seed,
    annualisedLossExpectancy: Math.round(lossSum / trials),
    percentiles: {
      p50: Math.round(p50),
      p90: Math.round(readPercentile(sorted, 0.9)),
      p95: Math.round(readPercentile(sorted, 0.95)),
      p99: Math.round(readPercentile(sorted, 0.99)),
    },
    exceedanceCurve: buildExceedanceCurve(sorted, p50, pointCount),
    probabilityOfAnyLoss: yearsWithEvents / trials,
    byScenario: input.scenarios.map((scenario, index) => ({
      id: scenario.id,
      annualisedLossExpectancy: Math.round(scenarioLossSums[index]! / trials),
      meanEventsPerYear: scenarioEventSums[index]! / trials,
    })),
    ...(input.layer ? { layer: { annualisedLoss: Math.round(layerLossSum / trials), probabilityOfPayment: yearsWithPayment / trials } } : {}),
  };
}
