import { describe, expect, it } from 'vitest';
import { getQuestionnaire, IDP_EXPOSURE_V2 } from '../questionnaire';
import { listPrefilledQuestionIds, prefillDoneRecommendations } from './prefill';

const questionnaire = getQuestionnaire(IDP_EXPOSURE_V2)!;
const recommendations = [
  { id: 'extend_log_retention', changes: [{ questionId: 'log_retention', to: 'one_year' }] },
  { id: 'enable_siem', changes: [{ questionId: 'log_siem', to: 'all' }] },
  { id: 'gone', changes: [{ questionId: 'no_longer_asked', to: 'yes' }] },
];

describe('prefillDoneRecommendations', () => {
  it("sets the answers a DONE recommendation changes to its target, leaves the rest as carried", () => {
    const { answers, prefilledQuestionIds } = prefillDoneRecommendations({
      answers: { log_retention: 'days_90', log_siem: 'none' },
      recommendations,
      doneRecommendationIds: new Set(['extend_log_retention', 'gone']),
      questionnaire,
    });
    expect(answers).toEqual({ log_retention: 'one_year', log_siem: 'none' });
    expect(prefilledQuestionIds).toEqual(['log_retention']);
  });

  it('finds the prefilled questions again while their answer is still the target', () => {
    const done = new Set(['extend_log_retention', 'enable_siem']);
    expect([...listPrefilledQuestionIds({ recommendations, doneRecommendationIds: done, carriedAnswers: { log_retention: 'one_year', log_siem: 'some' } })]).toEqual(['log_retention']);
  });
});
