// The arithmetic of the master-key scenario, pure (no database): what one forged-token event at a
// provider costs the insurer. The portfolio queries compute the same sums in PostgreSQL over the
// whole book (LEAST(loss, limit) per row, summed); the integration test holds both to a hand-computed
// book, and this module is what the README's method section describes.
//
// - Each exposed insured's loss GIVEN the event is its own model's token-forgery severity
//   (lognormal, Submission.eventLossMeanEur / eventLossP995Eur, lib/placement/submission-facts.ts).
// - The insurer pays at most the insured's limit: loss to the insurer = min(loss, limit), per insured.
// - Expected event loss = Σ min(mean_i, limit_i). Since min(·, L) is concave, E[min(X, L)] ≤
//   min(E[X], L) (Jensen): the figure is a slightly conservative (high) estimate of the expected
//   limited loss, exact when the limit is not reached.
// - 1-in-200 event loss = Σ min(p995_i, limit_i). One event hits every exposed insured at once (a
//   common shock), so their losses are taken as comonotonic (they rise together). The 99.5th
//   percentile (value at risk) is additive for comonotonic risks, and min(·, L) is non-decreasing, so
//   the 99.5th percentile of the limited sum is exactly the sum of the limited 99.5th percentiles.
//   Comonotonicity is the cautious standard assumption for accumulation (independence would
//   diversify the tail away, which a single common cause does not do).

/** What the scenario needs of one exposed insured (whole EUR). */
export type TScenarioExposure = { limitEur: number; eventLossMeanEur: number; eventLossP995Eur: number };

export type TScenarioTotals = {
  exposedInsureds: number;
  /** Σ limit_i: the most the insurer could pay for this event. */
  limitExposedEur: number;
  /** Σ mean_i before limits (the insureds' own expected loss given the event). */
  groundUpMeanEur: number;
  /** Σ min(mean_i, limit_i). */
  expectedEventLossEur: number;
  /** Σ min(p995_i, limit_i): the 1-in-200 event loss under comonotonic severities. */
  oneIn200EventLossEur: number;
};

/** The insurer's share of one insured's loss: the loss up to the limit (no retention in the scenario). */
export function limitedLoss(options: { lossEur: number; limitEur: number }): number {
  return Math.max(0, Math.min(options.lossEur, options.limitEur));
}

/** The limit exposed for a submission: the quoted (or bound) limit, else what the broker requested. */
export function exposedLimitEur(options: { quotedLimitEur: number | null; requestedLimitEur: number }): number {
  return options.quotedLimitEur ?? options.requestedLimitEur;
}

export function summariseScenario(exposures: readonly TScenarioExposure[]): TScenarioTotals {
  const totals: TScenarioTotals = { exposedInsureds: 0, limitExposedEur: 0, groundUpMeanEur: 0, expectedEventLossEur: 0, oneIn200EventLossEur: 0 };
  for (const exposure of exposures) {
    totals.exposedInsureds += 1;
    totals.limitExposedEur += exposure.limitEur;
    totals.groundUpMeanEur += exposure.eventLossMeanEur;
    totals.expectedEventLossEur += limitedLoss({ lossEur: exposure.eventLossMeanEur, limitEur: exposure.limitEur });
    totals.oneIn200EventLossEur += limitedLoss({ lossEur: exposure.eventLossP995Eur, limitEur: exposure.limitEur });
  }
  return totals;
}
