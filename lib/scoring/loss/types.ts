// Public input/output shapes of the loss model. Kept apart from the implementation so the
// scoring layer can compile against them before (and independently of) the engine.

export const LOSS_MODEL_VERSION = 'signet-loss@1.1.0';

export type TLossScenarioInput = {
  /** Stable scenario key, e.g. 'idp-token-forgery', 'bec', 'account-takeover'. */
  id: string;
  /** Loss events per year, modified PERT (lambda = 4). */
  annualFrequency: { min: number; mode: number; max: number };
  /** EUR per event; lognormal fitted to these 5th/95th percentiles. */
  magnitude: { p05: number; p95: number };
  /** Optional EUR cap per event (e.g. total exposure or a policy limit); default none. */
  magnitudeCap?: number;
};

/**
 * An insured layer: each event's loss above the retention (deductible per event), the year's sum
 * capped at the aggregate limit. The simulation then also reports what falls into the layer.
 */
export type TLossLayer = { retentionPerEvent: number; aggregateLimit: number };

export type TLossModelInput = { scenarios: TLossScenarioInput[]; layer?: TLossLayer };

export type TLossSimulationOptions = {
  trials: number;
  seed: number;
  /** Number of points on the exceedance curve; default 20. */
  exceedancePoints?: number;
};

export type TLossExceedancePoint = { loss: number; probability: number };

export type TLossScenarioResult = {
  id: string;
  /** Mean simulated annual loss of this scenario alone, whole EUR. */
  annualisedLossExpectancy: number;
  meanEventsPerYear: number;
};

export type TLossResult = {
  modelVersion: string;
  trials: number;
  seed: number;
  /** Mean simulated annual loss, whole EUR. */
  annualisedLossExpectancy: number;
  /** Percentiles of the annual loss, whole EUR. */
  percentiles: { p50: number; p90: number; p95: number; p99: number };
  /** P(annual loss >= loss); loss ascending, probability non-increasing. */
  exceedanceCurve: TLossExceedancePoint[];
  /** Share of simulated years with at least one event. */
  probabilityOfAnyLoss: number;
  byScenario: TLossScenarioResult[];
  /** With an input layer: the mean annual loss inside it (whole EUR) and the share of years it pays. */
  layer?: { annualisedLoss: number; probabilityOfPayment: number };
};
