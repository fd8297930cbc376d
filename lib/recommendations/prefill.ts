// A reassessment starts from the last submitted answers (carried over, to be confirmed); where the
// client marked a recommendation DONE, the answers that recommendation changes start at the value
// the scoring model assumed for it (the recommendation's `changes`, frozen in the snapshot) — still
// carried over, so somebody must confirm that the control really is in place. Pure.
import { getQuestion, type TAnswers, type TAnswerValue, type TQuestionnaire } from '../questionnaire';

type TRecommendationChanges = { id: string; changes: Array<{ questionId: string; to: TAnswerValue }> };

export function prefillDoneRecommendations(input: {
  answers: TAnswers;
  recommendations: readonly TRecommendationChanges[];
  doneRecommendationIds: ReadonlySet<string>;
  questionnaire: TQuestionnaire;
}): { answers: TAnswers; prefilledQuestionIds: string[] } {
  const answers: Record<string, TAnswerValue> = { ...input.answers };
  const prefilled = new Set<string>();
  for (const recommendation of input.recommendations) {
    if (!input.doneRecommendationIds.has(recommendation.id)) continue;
    for (const change of recommendation.changes) {
      // A question the new questionnaire no longer asks keeps nothing.
      if (!getQuestion(input.questionnaire, change.questionId)) continue;
      answers[change.questionId] = change.to;
      prefilled.add(change.questionId);
    }
  }
  return { answers, prefilledQuestionIds: [...prefilled].sort() };
}

/** The questions of a reassessment whose carried answer is the target of a DONE recommendation (for the wizard's hint). */
export function listPrefilledQuestionIds(input: {
  recommendations: readonly TRecommendationChanges[];
  doneRecommendationIds: ReadonlySet<string>;
  carriedAnswers: Readonly<Record<string, TAnswerValue | null>>;
}): Set<string> {
  const ids = new Set<string>();
  for (const recommendation of input.recommendations) {
    if (!input.doneRecommendationIds.has(recommendation.id)) continue;
    for (const change of recommendation.changes) {
      if (change.questionId in input.carriedAnswers && JSON.stringify(input.carriedAnswers[change.questionId]) === JSON.stringify(change.to)) ids.add(change.questionId);
    }
  }
  return ids;
}
