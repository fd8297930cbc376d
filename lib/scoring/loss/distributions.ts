// Samplers and fits behind the loss model. Each takes the random source explicitly so a caller
// controls which stream a draw comes from (common random numbers across what-if runs).
import type { TRandomSource } from './random';

/** Standard-normal quantile at 95%: p05/p95 sit this many sigmas either side of the log-median. */
export const Z_95 = 1.6448536;
/** Kurtosis weight of the modified PERT used by riskquant/pyfair; 4 gives the classic PERT. */
export const PERT_LAMBDA = 4;
/** Below this mean Knuth's product method is cheapest; above it PTRS keeps the cost constant. */
export const POISSON_KNUTH_LIMIT = 10;

export type TLognormalParameters = { mu: number; sigma: number };

/** Solve mu/sigma so the lognormal's 5th and 95th percentiles are exactly p05 and p95. */
export function fitLognormal(p05: number, p95: number): TLognormalParameters {
  const logLow = Math.log(p05);
  const logHigh = Math.log(p95);
  return { mu: (logLow + logHigh) / 2, sigma: (logHigh - logLow) / (2 * Z_95) };
}

export function lognormalMean({ mu, sigma }: TLognormalParameters): number {
  return Math.exp(mu + (sigma * sigma) / 2);
}

export type TPertShape = { alpha: number; beta: number };

/** Beta shape of a modified PERT; requires min < max (a degenerate range is a constant, not a PERT). */
export function getPertShape(min: number, mode: number, max: number, lambda = PERT_LAMBDA): TPertShape {
  const range = max - min;
  return { alpha: 1 + (lambda * (mode - min)) / range, beta: 1 + (lambda * (max - mode)) / range };
}

export function pertMean(min: number, mode: number, max: number, lambda = PERT_LAMBDA): number {
  return (min + lambda * mode + max) / (lambda + 2);
}

/** Marsaglia–Tsang squeeze/rejection for Gamma(shape, 1); shapes below 1 use the U^(1/a) boost. */
export function sampleGamma(random: TRandomSource, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * Math.pow(random.nextUniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x = 0;
    let v = 0;
    do {
      x = random.nextStandardNormal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.nextUniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sampleBeta(random: TRandomSource, alpha: number, beta: number): number {
  const x = sampleGamma(random, alpha);
  const y = sampleGamma(random, beta);
  return x / (x + y);
}

export function samplePert(random: TRandomSource, min: number, mode: number, max: number, lambda = PERT_LAMBDA): number {
  if (max === min) return min;
  const { alpha, beta } = getPertShape(min, mode, max, lambda);
  return min + (max - min) * sampleBeta(random, alpha, beta);
}

export function sampleLognormal(random: TRandomSource, { mu, sigma }: TLognormalParameters): number {
  return Math.exp(mu + sigma * random.nextStandardNormal());
}

const LOG_FACTORIAL_TABLE_SIZE = 256;
const LOG_FACTORIAL_TABLE = buildLogFactorialTable();

function buildLogFactorialTable(): Float64Array {
  const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
  for (let k = 2; k < LOG_FACTORIAL_TABLE_SIZE; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
}

/** ln(k!) — exact table for small k, Stirling series (error < 1e-15 relative) beyond it. */
export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE_SIZE) return LOG_FACTORIAL_TABLE[k]!;
  const x = k + 1;
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  return (
    (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260))
  );
}

/**
 * Poisson(lambda). Knuth's method below POISSON_KNUTH_LIMIT (expected lambda + 1 uniforms, and the
 * count never falls when lambda rises on the same uniforms), Hörmann's PTRS transformed rejection
 * above it (about 1.1 iterations, no table), the split numpy uses.
 */
export function samplePoisson(random: TRandomSource, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < POISSON_KNUTH_LIMIT) {
    const limit = Math.exp(-lambda);
    let count = 0;
    let product = random.nextUniform();
    while (product > limit) {
      count++;
      product *= random.nextUniform();
    }
    return count;
  }
  return samplePoissonPtrs(random, lambda);
}

function samplePoissonPtrs(random: TRandomSource, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const acceptBound = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.nextUniform() - 0.5;
    const v = random.nextUniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= acceptBound) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logFactorial(k)) return k;
  }
}
