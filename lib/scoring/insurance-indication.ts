// Stage 2 insurance indication: insurability (accept, accept with conditions, refer or decline, with
// reasons), the suggested limit and retention (Selbstbehalt) bands, a premium INDICATION priced from
// the loss model, conditions and accumulation tags. Triage support in the style of the published
// insurer rules (Coalition, At-Bay), not a quote: nothing binding.
// - Decline: no premium at all.
// - While answers are missing (preview) the indication is PROVISIONAL: never an acceptance, and no
//   premium figure (unanswered sections would count as neutral and understate it).
import type { TLossModelInput } from '@/lib/scoring/loss';

import { listAccumulationTags } from './accumulation';
import type { TRiskEvaluation } from './evaluate-risk';
import { listInsurabilityReasons } from './insurability';
import { choosePricingTerms, suggestLimit, standardRetention, suggestRetention } from './policy-terms';
import { buildPremium, listMissingRatingInputs } from './premium';
import { RATING_INPUT_QUESTION_IDS } from './rating-tables';
import { listSubjectivities } from './subjectivities';
import type { TInsurability, TInsurabilityReason, TInsuranceIndication, TLimitBand, TRetentionBand, TSubjectivity } from './types';

/** `values` as a non-empty tuple, or `fallback` when it is empty. */
function toNonEmpty<T>(values: readonly T[], fallback: readonly [T, ...T[]]): [T, ...T[]] {
  const [first, ...others] = values.length > 0 ? values : fallback;
  return [first!, ...others];
}

/** The outcome of complete answers: decline or refer by the reasons, else accept — with conditions when there are any. */
export function decideInsurability(reasons: readonly TInsurabilityReason[], subjectivities: readonly TSubjectivity[]): TInsurability {
  for (const reason of reasons) if (reason.outcome === 'decline') return 'decline';
  if (reasons.length > 0) return 'refer';
  return subjectivities.length > 0 ? 'accept_with_conditions' : 'accept';
}

/** The outcome the answers get as they are, as if complete (what a recommendation compares). */
export function assessInsurability(risk: TRiskEvaluation): TInsurability {
  const reasons = listInsurabilityReasons(risk, risk.view);
  // With a reason the conditions cannot change the outcome (refer or decline).
  if (reasons.length > 0) return decideInsurability(reasons, []);
  const standard = standardRetention(risk.view);
  const retentionRaised = standard !== null && suggestRetention(standard, risk.grade).id !== standard.id;
  return decideInsurability(reasons, listSubjectivities(risk, reasons, retentionRaised));
}

export type TIndicationOptions = {
  /**
   * Questions still to be answered before the indication is final (preview: the missing visible
   * required and critical answers). Non-empty, or a missing rating input, makes it provisional, and a
   * provisional indication has no premium.
   */
  pendingQuestionIds?: readonly string[];
};

/**
 * The indication for an evaluation. `lossInput` is the loss model's input for these answers (null
 * without a business profile); `lossP99` the simulated 1-in-100 annual loss (null without simulation).
 */
export function buildInsuranceIndication(
  risk: TRiskEvaluation,
  lossInput: TLossModelInput | null,
  lossP99: number | null,
  options: TIndicationOptions = {},
): TInsuranceIndication {
  const answers = risk.view;
  const reasons = listInsurabilityReasons(risk, answers);
  const pendingQuestionIds = [...new Set([...(options.pendingQuestionIds ?? []), ...listMissingRatingInputs(answers)])];
  const limit = suggestLimit(answers);
  const standard = standardRetention(answers);
  const retention: TRetentionBand | null = standard ? { ...suggestRetention(standard, risk.grade) } : null;
  const retentionRaised = standard !== null && retention !== null && retention.id !== standard.id;
  const suggestedLimit: TLimitBand | null = limit ? { ...limit.band, basis: limit.basis } : null;
  const common = {
    limitCoversLossP99: suggestedLimit === null || lossP99 === null ? null : lossP99 <= suggestedLimit.maxEur,
    accumulationTags: listAccumulationTags(answers),
  };
  const subjectivities = listSubjectivities(risk, reasons, retentionRaised);
  const terms = choosePricingTerms(answers);
  if (pendingQuestionIds.length === 0 && suggestedLimit !== null && retention !== null && terms !== null && lossInput !== null) {
    const insurability = decideInsurability(reasons, subjectivities);
    const final = { provisional: false as const, reasons, suggestedLimit, retention, subjectivities, ...common };
    if (insurability === 'decline') return { ...final, insurability, premium: null };
    return { ...final, insurability, premium: buildPremium(lossInput, answers, terms) };
  }
  // Provisional: a decline already triggered by the given answers stands; otherwise refer, never
  // accept. No premium: unanswered sections count as neutral, so any figure would be too low.
  // (Pending is never empty here for validated answers; should a rating input be unreadable, all
  // rating inputs are listed.)
  const provisionalReasons: TInsurabilityReason[] = [{ id: 'incomplete_answers', outcome: 'refer' }, ...reasons];
  return {
    provisional: true,
    insurability: reasons.some((reason) => reason.outcome === 'decline') ? 'decline' : 'refer',
    reasons: provisionalReasons,
    pendingQuestionIds: toNonEmpty(pendingQuestionIds, RATING_INPUT_QUESTION_IDS),
    suggestedLimit,
    retention,
    premium: null,
    subjectivities,
    ...common,
  };
}
