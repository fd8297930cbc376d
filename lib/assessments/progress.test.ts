import { describe, expect, test } from 'vitest';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, listVisibleQuestions } from '../questionnaire';
import { COMPLETE_ANSWERS } from '../testing/fixtures';
import { summariseProgress } from './progress';

const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;

describe('summariseProgress', () => {
  test('nothing answered: resume at the first required question; every section counts its visible required questions', () => {
    const progress = summariseProgress(questionnaire, {});
    expect(progress.firstMissing).toEqual({ sectionId: 'landscape', questionId: 'dep_idps' });
    expect(progress.requiredAnswered).toBe(0);
    expect(progress.requiredVisible).toBe(listVisibleQuestions(questionnaire, {}).filter((q) => q.required).length);
    expect(progress.sections.map((s) => s.sectionId)).toEqual(questionnaire.sections.map((s) => s.id));
  });

  test('complete answers: nothing missing, every required visible question answered', () => {
    const progress = summariseProgress(questionnaire, COMPLETE_ANSWERS as never);
    expect(progress.firstMissing).toBeNull();
    expect(progress.requiredAnswered).toBe(progress.requiredVisible);
    for (const section of progress.sections) expect(section.requiredAnswered).toBe(section.requiredVisible);
  });

  test('a gate reveals its follow-ups, which then count; hidden answers never count', () => {
    const without = summariseProgress(questionnaire, { dep_idps: ['okta'], dep_ad_connection: 'cloud_only' });
    const withEntra = summariseProgress(questionnaire, { dep_idps: ['entra_id'], dep_ad_connection: 'cloud_only' });
    const landscape = (p: typeof without) => p.sections.find((s) => s.sectionId === 'landscape')!;
    // dep_ad_connection is asked only with Entra ID: hidden for Okta, its stored answer is ignored.
    expect(landscape(withEntra).requiredVisible).toBe(landscape(without).requiredVisible + 1);
    expect(landscape(withEntra).answered).toBe(2);
    expect(landscape(without).answered).toBe(1);
  });

  test('resumes at the first gap in definition order, across sections', () => {
    const { auth_mfa_coverage: _removed, ...answers } = COMPLETE_ANSWERS as Record<string, never>;
    expect(summariseProgress(questionnaire, answers).firstMissing).toEqual({ sectionId: 'authentication', questionId: 'auth_mfa_coverage' });
  });
});
