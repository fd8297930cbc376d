/**
 * Signet loss model — FAIR-style annual loss quantification (docs/scoring-model.md, "The loss model", has the full write-up).
 *
 * Per simulated year and scenario:
 *   lambda ~ modified PERT(min, mode, max; lambda = 4)   — uncertain loss-event frequency (riskquant PertLoss)
 *   N      ~ Poisson(lambda)                              — Knuth below 10, Hörmann PTRS above
 *   X_i    ~ lognormal(mu, sigma), capped at magnitudeCap — mu/sigma fitted to p05/p95 (riskquant SimpleLoss)
 *   loss   = sum of min(X_i, cap); the year's loss is the sum over scenarios.
 *   layer  = min(sum of max(min(X_i, cap) − retention, 0), aggregate limit), with an input layer (1.1.0).
 * expected-loss.ts gives the exact expectations of the same model (annual loss, layer loss) in closed form.
 *
 * Assumptions and limits: scenarios are independent of each other, frequency is independent of
 * magnitude, events within a year are independent; no secondary-loss or time-value modelling.
 * Outputs are indications for underwriting conversations, not actuarial prices.
 *
 * Determinism: every draw comes from xoshiro128** streams keyed by (seed, scenario id, year, stream) with
 * separate streams for the PERT rate, the event count and the magnitudes — never Math.random — so the
 * same input and seed reproduce the result bit for bit, and two runs with one seed share common random
 * numbers: scaling a frequency range or a magnitude range up, raising a cap or adding a scenario never
 * lowers any simulated year; other single-parameter raises can only dip within Monte-Carlo noise.
 * Bump LOSS_MODEL_VERSION whenever the draws change; a golden-value test fails when they do.
 */
export { LOSS_MODEL_VERSION } from './types';
export type {
  TLossExceedancePoint,
  TLossLayer,
  TLossModelInput,
  TLossResult,
  TLossScenarioInput,
  TLossScenarioResult,
  TLossSimulationOptions,
} from './types';
export { LOSS_MODEL_ERROR_CODE, LossModelError } from './loss-model-error';
export { DEFAULT_EXCEEDANCE_POINTS, simulateAnnualLoss } from './simulate-annual-loss';
export {
  MAX_ANNUAL_FREQUENCY,
  MAX_EVENT_MAGNITUDE,
  MAX_EXCEEDANCE_POINTS,
  MAX_SCENARIOS,
  MAX_SEED,
  MAX_TRIALS,
  validateLossModelInput,
  validateLossSimulationOptions,
} from './validate-loss-model-input';
export { seedFromString } from './random';
export { fitLognormal, lognormalMean, pertMean } from './distributions';
export { computeExpectedAnnualLoss, computeExpectedLayerLoss, computeLimitedEventMean, computeMeanEventsPerYear, lognormalLimitedMean, normalCdf } from './expected-loss';
