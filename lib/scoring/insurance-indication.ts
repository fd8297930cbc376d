// Stage 2 insurance indication: insurability (accept / refer / decline with reasons), suggested limit
// and retention (Selbstbehalt) bands, a premium INDICATION, subjectivities and accumulation tags.
// This is triage support in the style of the published insurer rules (Coalition, At-Bay), not a
// quote: nothing binding.
// While answers are missing (preview) the indication is PROVISIONAL: never 'accept', and no premium
// figure at all (unanswered sections would count as neutral and understate it).
import { listAccumulationTags } from './accumulation';
import type { TRiskEvaluation } from './evaluate-risk';
import { listInsurabilityReasons } from './insurability';
import { suggestLimit, standardRetention, suggestRetention } from './policy-terms';
import { buildPremium, listMissingRatingInputs } from './premium';
import { RATING_INPUT_QUESTION_IDS } from './rating-tables';
import { listSubjectivities } from './subjectivities';
import type { TInsurabilityReason, TInsuranceIndication, TLimitBand, TRetentionBand } from './types';

/** `values` as a non-empty tuple, or `fallback` when it is empty. */
function toNonEmpty<T>(values: readonly T[], fallback: readonly [T, ...T[]]): [T, ...T[]] {
  const [first, ...others] = values.length > 0 ? values : fallback;
  return [first!, ...others];
}

export type TIndicationOptions = {
  /**
   * Questions still to be answered before the indication is final (preview: the missing visible
   * required and critical answers). Non-empty, or a missing rating input, makes it provisional, and a
   * provisional indication has no premium.
   */
  pendingQuestionIds?: readonly string[];
};

export function buildInsuranceIndication(
  risk: TRiskEvaluation,
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
  const declined = reasons.some((reason) => reason.outcome === 'decline');
  // Priced at the standard retention: a retention raised for grade D/E earns no credit.
  const premium =
    pendingQuestionIds.length === 0 && limit && standard ? buildPremium(risk, { limitBandId: limit.band.id, retentionBandId: standard.id }) : null;
  if (suggestedLimit !== null && retention !== null && premium !== null) {
    return {
      provisional: false,
      insurability: declined ? 'decline' : reasons.length > 0 ? 'refer' : 'accept',
      reasons,
      suggestedLimit,
      retention,
      premium,
      subjectivities,
      ...common,
    };
  }
  // Provisional: a decline already triggered by the given answers stands; otherwise refer, never
  // accept. No premium: unanswered sections count as neutral, so any figure would be too low.
  // (Pending is never empty here for validated answers; should a rating input be unreadable, all
  // rating inputs are listed.)
  const provisionalReasons: TInsurabilityReason[] = [{ id: 'incomplete_answers', outcome: 'refer' }, ...reasons];
  return {
    provisional: true,
    insurability: declined ? 'decline' : 'refer',
    reasons: provisionalReasons,
    pendingQuestionIds: toNonEmpty(pendingQuestionIds, RATING_INPUT_QUESTION_IDS),
    suggestedLimit,
    retention,
    premium: null,
    subjectivities,
    ...common,
  };
}
